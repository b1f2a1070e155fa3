import type { JobsConfig } from 'payload'

import { jobsAccess, jobsCollectionOverrides as lockedJobsCollection } from '../access/jobs'
import { maintenanceAutoRun, purgeSpamLeadsTask } from '../leads/retentionJob'

import { sendAccountEmailTask } from './sendAccountEmail'
import { linkLeadDuplicatesTask } from './linkLeadDuplicates'
import { sendLeadEmailTask } from './sendLeadEmail'
import { fanOutLeadEventTask } from './fanOutLeadEvent'
import { deliverWebhookTask } from './deliverWebhook'
import { runnerEnabledHere, sweepBeforeRun } from './runner'
import { queueSchedulesOnce } from './schedules'

/**
 * Payload's jobs queue: lead and account emails on the default queue, housekeeping (retention) on the
 * maintenance queue, and Payload's own scheduled publishing. `npm start` runs the queue inside the app process
 * (enabled from `instrumentation.ts`); `npm run jobs` runs it as a process of its own. Any number of them may
 * run at once: claims are atomic (lib/jobs/atomicClaim.ts, wrapped around the database adapter) and schedules
 * are queued under a lock (lib/jobs/schedules.ts) rather than by each cron, hence `disableScheduling`.
 */
export const jobs: JobsConfig = {
  tasks: [
    sendLeadEmailTask,
    linkLeadDuplicatesTask,
    sendAccountEmailTask,
    purgeSpamLeadsTask,
    fanOutLeadEventTask,
    deliverWebhookTask,
  ],
  access: jobsAccess,
  // Payload's cron runs the maintenance queue only: the default queue is worked by the drainer's lanes
  // (lib/jobs/wake.ts, lib/jobs/tick.ts), so a lead email is never also run, and its tries counted
  // differently, by Payload's runner.
  autoRun: [{ ...maintenanceAutoRun, disableScheduling: true }],
  shouldAutoRun: async (payload) => {
    if (!runnerEnabledHere()) return false
    await sweepBeforeRun(payload)
    await queueSchedulesOnce(payload)
    return true
  },
  jobsCollectionOverrides: ({ defaultJobsCollection }) => {
    const locked = lockedJobsCollection({ defaultJobsCollection })
    return { ...locked, admin: { ...locked.admin, hidden: false, group: 'System' } }
  },
}
