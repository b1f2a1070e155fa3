import { sql, type Placeholder, type SQL } from '@payloadcms/db-postgres/drizzle'
import type { Payload } from 'payload'

import { lead_rate_limits as counters } from '@/payload-generated-schema'

import { columnsOf } from '../db/columns'
import { postgres } from '../db/postgres'
import { intArrayParam } from '../db/prepared'
import type { RateLimit } from '../env/leads'
import { intakeDbOf, type IntakeDb } from './intakeDb'

const counter = columnsOf(counters)

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number }

/**
 * The one statement that counts a hit for `key` in a fixed window of `seconds` kept in Postgres (an atomic
 * upsert, so a limit holds across several app instances), returning the count so far and the seconds left in
 * the window. `when`: count only if this holds (the intake counts only enquiries it would store). Usable on
 * its own or as a CTE of a larger statement.
 */
export function countHit(
  key: string | Placeholder,
  seconds: number | Placeholder,
  when: SQL = sql`true`,
): SQL {
  const expired = sql`r.${counter('windowStart')} <= now() - make_interval(secs => ${seconds})`
  return sql`
    INSERT INTO ${counters} AS r (${counter('key')}, ${counter('windowStart')}, ${counter('count')},
      ${counter('updatedAt')}, ${counter('createdAt')})
    SELECT ${key}, now(), 1, now(), now() WHERE ${when}
    ON CONFLICT (${counter('key')}) DO UPDATE SET
      ${counter('count')} = CASE WHEN ${expired} THEN 1 ELSE r.${counter('count')} + 1 END,
      ${counter('windowStart')} = CASE WHEN ${expired} THEN now() ELSE r.${counter('windowStart')} END,
      ${counter('updatedAt')} = now()
    RETURNING r.${counter('count')} AS count,
      ceil(extract(epoch FROM (r.${counter('windowStart')} + make_interval(secs => ${seconds}) - now()))) AS retry_after`
}

/** The decision for a hit counted by `countHit` (its `count` and `retry_after`). */
export function decide(limit: RateLimit, count: unknown, retryAfter: unknown): RateDecision {
  if (!limit || Number(count) <= limit.count) return { allowed: true }
  return { allowed: false, retryAfterSeconds: Math.max(1, Number(retryAfter)) }
}

/** Counts one hit for `key` (a hashed IP, a sign-in key) against `limit`. */
export async function hitRateLimit(
  db: Payload | IntakeDb,
  key: string,
  limit: RateLimit,
): Promise<RateDecision> {
  if (!limit) return { allowed: true }
  const { drizzle } = 'drizzle' in db ? db : intakeDbOf(db)
  const { rows } = await drizzle.execute<{ count: string; retry_after: string }>(countHit(key, limit.seconds))
  return decide(limit, rows[0]?.count, rows[0]?.retry_after)
}

/** Counters kept for another window than the enquiry limit's: key prefix → window in seconds. */
export type CounterWindows = Record<string, number>

/**
 * Deletes the counters whose window ended before `now` (all of the enquiry limit's when it is
 * off): an expired counter limits nothing, and the hashed address it holds is not kept for
 * longer than the limit needs it. A key starting with a prefix of `windows` lives for that
 * prefix's window (e.g. a day for the confirmation limit), every other key for `limit`'s.
 */
export async function deleteExpiredRateLimits(
  payload: Payload,
  limit: RateLimit,
  now: Date = new Date(),
  windows: CounterWindows = {},
): Promise<number> {
  const prefixes = Object.keys(windows)
  // One parameter each: Drizzle would spread a bare JS array into a list.
  const prefixList = sql.param(prefixes)
  const secondsList = intArrayParam(prefixes.map((p) => windows[p] ?? 0))
  const { rowCount } = await postgres(payload).drizzle.execute(sql`
    DELETE FROM ${counters} r
    WHERE r.${counter('windowStart')} <= ${now.toISOString()}::timestamptz - make_interval(secs => coalesce(
      (SELECT w.secs FROM unnest(${prefixList}::text[], ${secondsList}::int[]) AS w(prefix, secs)
       WHERE starts_with(r.${counter('key')}, w.prefix) ORDER BY length(w.prefix) DESC LIMIT 1),
      ${limit?.seconds ?? 0}))`)
  return rowCount ?? 0
}

/**
 * Takes back one count for `key`: for limits that count attempts up front and forgive the
 * ones that turned out fine (a successful sign-in is not a failure).
 */
export async function refundRateLimit(payload: Payload, key: string): Promise<void> {
  await postgres(payload).drizzle.execute(sql`
    UPDATE ${counters} SET ${counter('count')} = greatest(${counter('count')} - 1, 0), ${counter('updatedAt')} = now()
    WHERE ${counter('key')} = ${key}`)
}
