import { createHmac } from 'node:crypto'

import { sql } from '@payloadcms/db-postgres/drizzle'
import type { Payload } from 'payload'

import { lead_rate_limits as counters } from '@/payload-generated-schema'

import { columnsOf } from '../db/columns'
import { postgres } from '../db/postgres'
import { serverEnv } from '../env/server'
import { normaliseEmail } from './duplicates'
import { countHit } from './rateLimit'

const counter = columnsOf(counters)

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
  const leadKey = `${CONFIRMATION_KEY_PREFIX}lead:${leadId}`
  const { rows } = await postgres(payload).drizzle.execute<{ allowed: boolean }>(sql`
    WITH held AS (
      SELECT 1 FROM ${counters}
      WHERE ${counter('key')} = ${leadKey}
        AND ${counter('windowStart')} > now() - make_interval(secs => ${CONFIRMATION_WINDOW_SECONDS})
    ), hit AS (
      ${countHit(confirmationKey(email), CONFIRMATION_WINDOW_SECONDS, sql`NOT EXISTS (SELECT 1 FROM held)`)}
    ), mark AS (
      INSERT INTO ${counters} (${counter('key')}, ${counter('windowStart')}, ${counter('count')},
        ${counter('updatedAt')}, ${counter('createdAt')})
      SELECT ${leadKey}, now(), 1, now(), now() FROM hit WHERE hit.count = 1
      ON CONFLICT (${counter('key')}) DO NOTHING
    )
    SELECT EXISTS (SELECT 1 FROM held) OR EXISTS (SELECT 1 FROM hit WHERE count = 1) AS allowed`)
  return rows[0]?.allowed === true
}
