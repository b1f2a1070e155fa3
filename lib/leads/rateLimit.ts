import { sql, type Placeholder, type SQL } from '@payloadcms/db-postgres/drizzle'
import type { Payload } from 'payload'

import { lead_rate_limits as counters } from '@/payload-generated-schema'

import type { RateLimit } from '../env/leads'
import { postgres } from '../db/postgres'
import { intakeDbOf, type IntakeDb } from './intakeDb'

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
  const expired = sql`r.${sql.identifier(counters.windowStart.name)} <= now() - make_interval(secs => ${seconds})`
  return sql`
    INSERT INTO ${counters} AS r (${sql.identifier(counters.key.name)}, ${sql.identifier(counters.windowStart.name)},
      ${sql.identifier(counters.count.name)}, ${sql.identifier(counters.updatedAt.name)}, ${sql.identifier(counters.createdAt.name)})
    SELECT ${key}, now(), 1, now(), now() WHERE ${when}
    ON CONFLICT (${sql.identifier(counters.key.name)}) DO UPDATE SET
      ${sql.identifier(counters.count.name)} = CASE WHEN ${expired} THEN 1 ELSE r.${sql.identifier(counters.count.name)} + 1 END,
      ${sql.identifier(counters.windowStart.name)} = CASE WHEN ${expired} THEN now() ELSE r.${sql.identifier(counters.windowStart.name)} END,
      ${sql.identifier(counters.updatedAt.name)} = now()
    RETURNING r.${sql.identifier(counters.count.name)} AS count,
      ceil(extract(epoch FROM (r.${sql.identifier(counters.windowStart.name)} + make_interval(secs => ${seconds}) - now()))) AS retry_after`
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
  const { pool } = postgres(payload)
  const prefixes = Object.keys(windows)
  const { rowCount } = await pool.query(
    `DELETE FROM lead_rate_limits r
     WHERE r.window_start <= $1::timestamptz - make_interval(secs => coalesce(
       (SELECT w.secs FROM unnest($3::text[], $4::int[]) AS w(prefix, secs)
        WHERE starts_with(r.key, w.prefix) ORDER BY length(w.prefix) DESC LIMIT 1),
       $2))`,
    [now.toISOString(), limit?.seconds ?? 0, prefixes, prefixes.map((p) => windows[p])],
  )
  return rowCount ?? 0
}

/**
 * Takes back one count for `key`: for limits that count attempts up front and forgive the
 * ones that turned out fine (a successful sign-in is not a failure).
 */
export async function refundRateLimit(payload: Payload, key: string): Promise<void> {
  const { pool } = postgres(payload)
  await pool.query(
    'UPDATE lead_rate_limits SET count = greatest(count - 1, 0), updated_at = now() WHERE key = $1',
    [key],
  )
}
