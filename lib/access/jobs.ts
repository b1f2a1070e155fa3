import type { CollectionConfig } from 'payload'

import { isAdmin } from './isAdmin'
import { isAdminRequest } from './isAdminRequest'

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
