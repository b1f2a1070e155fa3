import type { CollectionConfig, TaskConfig } from 'payload'

import { isAdmin } from '../access/isAdmin'
import { isAdminRequest } from '../access/isAdminRequest'

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

/** Only admins run, queue or cancel jobs through the API. */
export const jobsAccess = { run: isAdminRequest, queue: isAdminRequest, cancel: isAdminRequest }

/**
 * The jobs collection holds email addresses and lead ids in its inputs: admins may read it,
 * nobody writes it through the API (the queue writes it with access overridden).
 */
export const jobsCollectionOverrides = ({
  defaultJobsCollection,
}: {
  defaultJobsCollection: CollectionConfig
}): CollectionConfig => ({
  ...defaultJobsCollection,
  access: { read: isAdmin, create: () => false, update: () => false, delete: () => false },
})
