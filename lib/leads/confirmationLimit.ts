import { createHmac } from 'node:crypto'

import type { Payload } from 'payload'

import { serverEnv } from '../env/server'
import { normaliseEmail } from './duplicates'
import { postgres } from '../db/postgres'

/**
 * Anyone can type a stranger's address into the form, so the confirmation is limited per
 * recipient: at most one a day to an address. The counters share the enquiry limit's table
 * (`lead_rate_limits`), told apart by this key prefix.
 */
export const CONFIRMATION_KEY_PREFIX = 'confirmation:'
export const CONFIRMATION_WINDOW_SECONDS = 24 * 60 * 60

/** Why a confirmation was not sent, as recorded on the lead. */
export const CONFIRMATION_LIMITED = 'Not sent: this address already had a confirmation in the last 24 hours.'

/**
 * The counter's key: a keyed hash of the normalised address, so the table never holds the
 * address itself and a list of known addresses cannot be matched against it.
 */
export const confirmationKey = (email: string): string =>
  CONFIRMATION_KEY_PREFIX +
  createHmac('sha256', serverEnv().payloadSecret)
    .update(`email:${normaliseEmail(email)}`)
    .digest('hex')
    .slice(0, 32)

/**
 * Counts one confirmation to `email` for lead `leadId`; false when one already went there within 24 hours.
 * The lead is marked as holding the address's confirmation (a `confirmation:lead:<id>` row beside the
 * counter, in the same statement), so a job that counted it and was then killed before recording its attempt
 * is let through when another worker runs it again, rather than refused by its own count.
 */
export async function claimConfirmation(payload: Payload, email: string, leadId: number): Promise<boolean> {
  const { pool } = postgres(payload)
  const { rows } = await pool.query<{ allowed: boolean }>(
    `WITH held AS (
       SELECT 1 FROM lead_rate_limits WHERE key = $2 AND window_start > now() - make_interval(secs => $3)
     ), hit AS (
       INSERT INTO lead_rate_limits AS r (key, window_start, count, updated_at, created_at)
       SELECT $1, now(), 1, now(), now() WHERE NOT EXISTS (SELECT 1 FROM held)
       ON CONFLICT (key) DO UPDATE SET
         count = CASE WHEN r.window_start <= now() - make_interval(secs => $3) THEN 1 ELSE r.count + 1 END,
         window_start = CASE WHEN r.window_start <= now() - make_interval(secs => $3) THEN now() ELSE r.window_start END,
         updated_at = now()
       RETURNING count
     ), mark AS (
       INSERT INTO lead_rate_limits (key, window_start, count, updated_at, created_at)
       SELECT $2, now(), 1, now(), now() FROM hit WHERE hit.count = 1
       ON CONFLICT (key) DO NOTHING
     )
     SELECT EXISTS (SELECT 1 FROM held) OR EXISTS (SELECT 1 FROM hit WHERE count = 1) AS allowed`,
    [confirmationKey(email), `${CONFIRMATION_KEY_PREFIX}lead:${leadId}`, CONFIRMATION_WINDOW_SECONDS],
  )
  return rows[0]?.allowed === true
}
