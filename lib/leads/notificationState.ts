import type { Payload } from 'payload'

import type { LeadEmailKind } from './emails'
import { postgres } from '../db/postgres'

// Fixed column prefixes of the two notification groups (never user input).
const PREFIX: Record<LeadEmailKind, string> = { sales: 'sales_notification', confirmation: 'confirmation' }

export type NotificationUpdate =
  | { state: 'sent'; providerId: string }
  | { state: 'pending' | 'failed'; error: string }
  /**
   * Decided not to send (no attempt counted); `error` says why. Recorded only over `pending`:
   * if the same job ran twice at once and the other run sent it, `sent` stays.
   */
  | { state: 'skipped'; error: string }

/**
 * Records one attempt at one email of a lead, touching only that email's columns, in one
 * statement: the sales and confirmation jobs run in parallel, and a whole-document update
 * from one would overwrite what the other just wrote. Returns the attempt number.
 */
export async function recordAttempt(
  payload: Payload,
  leadId: number,
  kind: LeadEmailKind,
  update: NotificationUpdate,
): Promise<number> {
  const p = PREFIX[kind]
  const { pool } = postgres(payload)
  const sent = update.state === 'sent'
  const { rows } = await pool.query<{ attempts: string }>(
    `UPDATE leads SET
       ${p}_state = $2,
       ${p}_attempts = coalesce(${p}_attempts, 0) + CASE WHEN $6 THEN 1 ELSE 0 END,
       ${p}_sent_at = CASE WHEN $3 THEN now() ELSE ${p}_sent_at END,
       ${p}_provider_id = CASE WHEN $3 THEN $4 ELSE ${p}_provider_id END,
       ${p}_last_error = CASE WHEN $3 THEN NULL ELSE $5 END,
       updated_at = now()
     WHERE id = $1 AND ($6 OR ${p}_state = 'pending')
     RETURNING ${p}_attempts AS attempts`,
    [
      leadId,
      update.state,
      sent,
      sent ? update.providerId : null,
      sent ? null : update.error.slice(0, 500),
      update.state !== 'skipped',
    ],
  )
  return Number(rows[0]?.attempts ?? 0)
}
