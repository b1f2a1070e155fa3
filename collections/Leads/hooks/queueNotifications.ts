import type { CollectionAfterChangeHook } from 'payload'

import type { Lead } from '@/payload-types'

/**
 * Queues the two emails of a new, non-spam lead: to sales and to the prospect. Runs inside
 * the transaction that stores the lead (same `req`), so a lead is never stored without its
 * jobs, nor a job queued for a lead that was rolled back.
 */
export const queueNotifications: CollectionAfterChangeHook<Lead> = async ({ doc, operation, req }) => {
  if (operation !== 'create' || doc.spam) return doc
  for (const kind of ['sales', 'confirmation'] as const) {
    await req.payload.jobs.queue({ task: 'sendLeadEmail', input: { leadId: doc.id, kind }, req })
  }
  return doc
}
