import type { Payload } from 'payload'

import type { RateLimit } from '../env/leads'
import { postgres } from '../db/postgres'

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number }

/**
 * Counts one enquiry for `key` (a hashed IP) in a fixed window kept in Postgres, with a
 * single atomic upsert, so the limit holds across several app instances.
 */
export async function hitRateLimit(payload: Payload, key: string, limit: RateLimit): Promise<RateDecision> {
  if (!limit) return { allowed: true }
  const { pool } = postgres(payload)
  const { rows } = await pool.query<{ count: string; retry_after: string }>(
    `INSERT INTO lead_rate_limits AS r (key, window_start, count, updated_at, created_at)
     VALUES ($1, now(), 1, now(), now())
     ON CONFLICT (key) DO UPDATE SET
       count = CASE WHEN r.window_start <= now() - make_interval(secs => $2) THEN 1 ELSE r.count + 1 END,
       window_start = CASE WHEN r.window_start <= now() - make_interval(secs => $2) THEN now() ELSE r.window_start END,
       updated_at = now()
     RETURNING count, ceil(extract(epoch FROM (r.window_start + make_interval(secs => $2) - now()))) AS retry_after`,
    [key, limit.seconds],
  )
  const count = Number(rows[0].count)
  if (count <= limit.count) return { allowed: true }
  return { allowed: false, retryAfterSeconds: Math.max(1, Number(rows[0].retry_after)) }
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
  await pool.query('UPDATE lead_rate_limits SET count = greatest(count - 1, 0), updated_at = now() WHERE key = $1', [
    key,
  ])
}
