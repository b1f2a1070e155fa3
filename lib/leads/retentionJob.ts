import type { TaskConfig } from 'payload'

import { deleteOldSpam } from './retention'

/** The queue of housekeeping jobs (retention); the app's job runner works it. */
export const MAINTENANCE_QUEUE = 'maintenance'

/** Daily at 03:10 server time: delete spam leads older than 30 days. */
export const purgeSpamLeadsTask: TaskConfig<{ input: object; output: { deleted: number } }> = {
  slug: 'purgeSpamLeads',
  label: 'Delete spam leads older than 30 days',
  schedule: [{ cron: '10 3 * * *', queue: MAINTENANCE_QUEUE }],
  outputSchema: [{ name: 'deleted', type: 'number', required: true }],
  retries: 3,
  handler: async ({ req }) => ({ output: { deleted: await deleteOldSpam(req.payload, new Date(), req) } }),
}

/** Runs the maintenance queue (and queues its schedules) every 15 minutes in the app. */
export const maintenanceAutoRun = { cron: '*/15 * * * *', queue: MAINTENANCE_QUEUE, limit: 10 }
