import type { TaskConfig } from 'payload'

import { leadRateLimit } from '../env/leads'
import { deleteExpiredRateLimits } from './rateLimit'
import { deleteOldSpam } from './retention'

/** The queue of housekeeping jobs (retention); the app's job runner works it. */
export const MAINTENANCE_QUEUE = 'maintenance'

/**
 * Daily at 03:10 server time: delete spam leads older than 30 days, and the per-IP counters
 * of the enquiry limit whose window has ended.
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
      rateLimitsDeleted: await deleteExpiredRateLimits(req.payload, leadRateLimit()),
    },
  }),
}

/** Runs the maintenance queue (and queues its schedules) every 15 minutes in the app. */
export const maintenanceAutoRun = { cron: '*/15 * * * *', queue: MAINTENANCE_QUEUE, limit: 10 }
