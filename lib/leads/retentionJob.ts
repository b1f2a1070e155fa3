import type { TaskConfig } from 'payload'

import { leadRateLimit } from '../env/leads'
import { CONFIRMATION_KEY_PREFIX, CONFIRMATION_WINDOW_SECONDS } from './confirmationLimit'
import { deleteExpiredRateLimits } from './rateLimit'
import { deleteOldSpam } from './retention'
import { LOGIN_COUNTER_WINDOWS } from '../security/loginThrottle'

/** The queue of housekeeping jobs (retention); the app's job runner works it. */
export const MAINTENANCE_QUEUE = 'maintenance'

/**
 * Daily at 03:10 server time: delete leads that have been spam for more than 30 days, and the
 * counters of the enquiry limit (per IP), of sign-in throttling (per IP, ten minutes) and of
 * the confirmation limit (per address, a day)
 * whose window has ended.
 */
export const purgeSpamLeadsTask: TaskConfig<{
  input: object
  output: { deleted: number; rateLimitsDeleted: number }
}> = {
  slug: 'purgeSpamLeads',
  label: 'Delete spam leads older than 30 days and expired rate-limit counters',
  schedule: [{ cron: '10 3 * * *', queue: MAINTENANCE_QUEUE }],
  outputSchema: [
    { name: 'deleted', type: 'number', required: true },
    { name: 'rateLimitsDeleted', type: 'number', required: true },
  ],
  retries: 3,
  handler: async ({ req }) => ({
    output: {
      deleted: await deleteOldSpam(req.payload, new Date(), req),
      rateLimitsDeleted: await deleteExpiredRateLimits(req.payload, leadRateLimit(), new Date(), {
        [CONFIRMATION_KEY_PREFIX]: CONFIRMATION_WINDOW_SECONDS,
        ...LOGIN_COUNTER_WINDOWS,
      }),
    },
  }),
}

/** Runs the maintenance queue (and queues its schedules) every 15 minutes in the app. */
export const maintenanceAutoRun = { cron: '*/15 * * * *', queue: MAINTENANCE_QUEUE, limit: 10 }
