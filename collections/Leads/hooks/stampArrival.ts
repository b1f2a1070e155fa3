import type { CollectionBeforeChangeHook } from 'payload'

import type { Lead } from '@/payload-types'

import { newLeadReference } from '@/lib/leads/reference'

/**
 * On arrival: the reference the prospect quotes, the time received, status `new`, and the
 * notification state (`skipped` for spam: no email goes out about it). Whatever the caller
 * passed for these is overwritten.
 */
export const stampArrival: CollectionBeforeChangeHook<Lead> = ({ data, operation }) => {
  if (operation !== 'create') return data
  const notification = data.spam ? 'skipped' : 'pending'
  return {
    ...data,
    reference: newLeadReference(),
    receivedAt: new Date().toISOString(),
    status: 'new',
    owner: null,
    salesNotification: { state: notification, attempts: 0 },
    confirmation: { state: notification, attempts: 0 },
  }
}
