import {
  APIError,
  type CollectionAfterLoginHook,
  type CollectionBeforeOperationHook,
  type PayloadRequest,
} from 'payload'

import { clientAddress } from '../http/clientAddress'
import { hashIp } from '../leads/client'
import { hitRateLimit, refundRateLimit } from '../leads/rateLimit'

/**
 * Failed sign-ins allowed per window: per client address and account (a guess at one
 * password), and per client address over all accounts (a sweep). An account is never locked:
 * a stranger's failures slow the stranger's address, not the staff member signing in from
 * elsewhere.
 */
export const LOGIN_LIMITS = {
  account: { count: 10, seconds: 600 },
  address: { count: 100, seconds: 600 },
} as const

const emailOf = (data: unknown): string | null => {
  const email = (data as { email?: unknown } | undefined)?.email
  return typeof email === 'string' && email.trim() ? email.toLowerCase().trim() : null
}

const ADDRESS_PREFIX = 'login-address:'
const ACCOUNT_PREFIX = 'login-account:'
/** Key prefix → window of the sign-in counters, so the daily clean-up keeps each for its own window. */
export const LOGIN_COUNTER_WINDOWS = {
  [ADDRESS_PREFIX]: LOGIN_LIMITS.address.seconds,
  [ACCOUNT_PREFIX]: LOGIN_LIMITS.account.seconds,
}

/**
 * The counters' keys in the enquiry limit's table (hashed, like its addresses), prefixed so
 * they never meet an enquiry counter.
 */
function keysFor(req: PayloadRequest, email: string) {
  const address = clientAddress(req.headers)
  return {
    address,
    perAddress: `${ADDRESS_PREFIX}${hashIp(address)}`,
    perAccount: `${ACCOUNT_PREFIX}${hashIp(`${address} ${email}`)}`,
  }
}

/** Sign-ins over HTTP (REST and GraphQL) are throttled; the local API (scripts, jobs) is not. */
const overHttp = (req: PayloadRequest) => req.payloadAPI !== 'local'

/**
 * Counts each sign-in attempt before Payload checks it, and refuses with 429 and Retry-After
 * once the address has used its budget; `forgiveSuccessfulLogin` takes a success back out,
 * so what is counted is the failures. Runs for REST and GraphQL alike (both go through
 * Payload's login operation).
 */
export const throttleLogin: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'login' || !overHttp(req)) return args
  const email = emailOf(args.data)
  if (!email) return args
  const keys = keysFor(req, email)
  const byAddress = await hitRateLimit(req.payload, keys.perAddress, LOGIN_LIMITS.address)
  const byAccount = await hitRateLimit(req.payload, keys.perAccount, LOGIN_LIMITS.account)
  const refused = [byAddress, byAccount].find((d) => !d.allowed)
  if (!refused || refused.allowed) return args

  const retryAfter = refused.retryAfterSeconds
  req.payload.logger.warn(
    `Sign-in throttled for ${keys.address} (${refused === byAccount ? 'one account' : 'all accounts'}).`,
  )
  const headers = new Headers(req.responseHeaders)
  headers.set('Retry-After', String(retryAfter))
  req.responseHeaders = headers
  const minutes = Math.ceil(retryAfter / 60)
  const error = new APIError(
    `Too many failed sign-ins from your address: try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
    429,
    { retryAfterSeconds: retryAfter },
    true,
  )
  // Payload's REST answer keeps the message of a named error only; a minified production build
  // leaves the class nameless (and its answer "An unknown error occurred.").
  error.name = 'TooManySignIns'
  throw error
}

/** A successful sign-in was counted as an attempt: it is no failure, so it is taken back. */
export const forgiveSuccessfulLogin: CollectionAfterLoginHook = async ({ req, user }) => {
  const email = emailOf(user)
  if (!overHttp(req) || !email) return user
  const keys = keysFor(req, email)
  await refundRateLimit(req.payload, keys.perAddress)
  await refundRateLimit(req.payload, keys.perAccount)
  return user
}
