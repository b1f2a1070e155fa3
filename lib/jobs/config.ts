import type { JobsConfig } from 'payload'

import { hasRole } from '../access/roles'
import { isAdmin } from '../access/isAdmin'

import { jobsIntervalSeconds } from '../env/leads'
import { sendLeadEmailTask } from './sendLeadEmail'
import { runnerEnabledHere, sweepBeforeRun } from './runner'

/**
 * Payload's jobs queue: lead emails. `npm start` runs the queue inside the app process
 * (enabled from `instrumentation.ts`); `npm run jobs` runs it as a process of its own.
 */
export const jobs: JobsConfig = {
  tasks: [sendLeadEmailTask],
  access: {
    queue: ({ req }) => hasRole(req.user, 'admin'),
    run: ({ req }) => hasRole(req.user, 'admin'),
    cancel: ({ req }) => hasRole(req.user, 'admin'),
  },
  autoRun: [{ cron: `*/${jobsIntervalSeconds()} * * * * *`, queue: 'default', limit: 20, silent: { info: true } }],
  shouldAutoRun: async (payload) => {
    if (!runnerEnabledHere()) return false
    await sweepBeforeRun(payload)
    return true
  },
  jobsCollectionOverrides: ({ defaultJobsCollection }) => ({
    ...defaultJobsCollection,
    access: { ...defaultJobsCollection.access, read: isAdmin },
    admin: { ...defaultJobsCollection.admin, hidden: false, group: 'System' },
  }),
}
