import type { CollectionBeforeChangeHook } from 'payload'

import type { Lead } from '@/payload-types'

import { newLeadReference } from '@/lib/leads/reference'

/**
 * On arrival: the reference the prospect quotes, the time received, status `new`, and the
 * notification state (`skipped` for spam: no email goes out about it). Whatever the caller
 * passed for these is overwritten.
 *
 * A lead flagged as spam (honeypot, too fast) arrives filed as `spam`: it stays out of the
 * sales team's new and overdue counts, the retention job deletes it after 30 days, and a
 * salesperson who rescues it (spam → new or contacted) clears the flag, so a genuine lead
 * they work on is never deleted as spam.
 */
export const stampArrival: CollectionBeforeChangeHook<Lead> = ({ data, operation }) => {
  if (operation !== 'create') return data
  const notification = data.spam ? 'skipped' : 'pending'
  return {
    ...data,
    reference: newLeadReference(),
    receivedAt: new Date().toISOString(),
    status: data.spam ? 'spam' : 'new',
    owner: null,
    salesNotification: { state: notification, attempts: 0 },
    confirmation: { state: notification, attempts: 0 },
  }
}
