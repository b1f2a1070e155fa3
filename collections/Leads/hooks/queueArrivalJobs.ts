import type { CollectionAfterChangeHook } from 'payload'

import { arrivalJobs } from '@/lib/leads/arrival'
import type { Lead } from '@/payload-types'

/**
 * Queues a new lead's work (duplicate linking, and unless spam its two emails) when Payload creates it (the
 * seed, tests): the same jobs the form's intake queues. Runs inside the transaction that stores the lead (same
 * `req`), so a lead is never stored without its jobs, nor a job queued for a lead that was rolled back.
 */
export const queueArrivalJobs: CollectionAfterChangeHook<Lead> = async ({ doc, operation, req }) => {
  if (operation !== 'create') return doc
  for (const job of arrivalJobs(doc.id, doc.spam === true)) await req.payload.jobs.queue({ ...job, req })
  return doc
}
