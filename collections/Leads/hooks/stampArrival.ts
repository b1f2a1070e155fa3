import type { CollectionBeforeChangeHook } from 'payload'

import { arrivalState } from '@/lib/leads/arrival'
import type { Lead } from '@/payload-types'

/**
 * On arrival through Payload (the seed, tests; the form's own intake writes the same values in
 * lib/leads/row.ts): the reference the prospect quotes, the time received, status `new`, and the
 * notification state (`skipped` for spam: no email goes out about it). Whatever the caller passed for these is
 * overwritten.
 *
 * A lead flagged as spam (honeypot, too fast) arrives filed as `spam`: it stays out of the
 * sales team's new and overdue counts, the retention job deletes it after 30 days, and a
 * salesperson who rescues it (spam → new or contacted) clears the flag, so a genuine lead
 * they work on is never deleted as spam.
 */
export const stampArrival: CollectionBeforeChangeHook<Lead> = ({ data, operation }) => {
  if (operation !== 'create') return data
  return { ...data, ...arrivalState(data.spam === true), receivedAt: new Date().toISOString() }
}
