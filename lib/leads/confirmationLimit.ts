import { createHmac } from 'node:crypto'

import type { Payload } from 'payload'

import { serverEnv } from '../env/server'
import { normaliseEmail } from './duplicates'
import { hitRateLimit } from './rateLimit'

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

/** Counts one confirmation to `email`; false when one already went there within 24 hours. */
export async function claimConfirmation(payload: Payload, email: string): Promise<boolean> {
  const decision = await hitRateLimit(payload, confirmationKey(email), {
    count: 1,
    seconds: CONFIRMATION_WINDOW_SECONDS,
  })
  return decision.allowed
}
