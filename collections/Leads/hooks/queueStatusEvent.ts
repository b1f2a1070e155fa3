import type { CollectionAfterChangeHook } from 'payload'

import type { Lead } from '@/payload-types'

/**
 * A status change queues the `lead.status_changed` event for the webhooks, in the transaction that changes it
 * (same `req`): a rolled-back change sends nothing. The job finds the endpoints when it runs.
 */
export const queueStatusEvent: CollectionAfterChangeHook<Lead> = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  if (operation !== 'update' || !previousDoc || previousDoc.status === doc.status) return doc
  await req.payload.jobs.queue({
    task: 'fanOutLeadEvent',
    input: { leadId: doc.id, type: 'lead.status_changed', from: previousDoc.status, to: doc.status },
    req,
  })
  return doc
}
