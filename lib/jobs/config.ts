import type { JobsConfig } from 'payload'

import { jobsAccess, jobsCollectionOverrides as lockedJobsCollection } from '../access/jobs'
import { maintenanceAutoRun, purgeSpamLeadsTask } from '../leads/retentionJob'

import { jobsIntervalSeconds } from '../env/leads'
import { sendAccountEmailTask } from './sendAccountEmail'
import { sendLeadEmailTask } from './sendLeadEmail'
import { runnerEnabledHere, sweepBeforeRun } from './runner'

/**
 * Payload's jobs queue: lead and account emails on the default queue, housekeeping (retention) on the
 * maintenance queue, and Payload's own scheduled publishing. `npm start` runs the queue inside the app process
 * (enabled from `instrumentation.ts`); `npm run jobs` runs it as a process of its own.
 */
export const jobs: JobsConfig = {
  tasks: [sendLeadEmailTask, sendAccountEmailTask, purgeSpamLeadsTask],
  access: jobsAccess,
  autoRun: [
    { cron: `*/${jobsIntervalSeconds()} * * * * *`, queue: 'default', limit: 20, silent: { info: true } },
    maintenanceAutoRun,
  ],
  shouldAutoRun: async (payload) => {
    if (!runnerEnabledHere()) return false
    await sweepBeforeRun(payload)
    return true
  },
  jobsCollectionOverrides: ({ defaultJobsCollection }) => {
    const locked = lockedJobsCollection({ defaultJobsCollection })
    return { ...locked, admin: { ...locked.admin, hidden: false, group: 'System' } }
  },
}
