import type { Payload } from 'payload'
import { postgres } from '../db/postgres'

/** The advisory lock every runner takes to queue scheduled jobs (any number that no other lock of ours uses). */
const SCHEDULES_LOCK = 7_202_611

/**
 * Queues the jobs whose schedule is due (the nightly purge), once across every runner. Payload's scheduler
 * counts the scheduled jobs waiting and queues one when there is none: two runners doing that at the same
 * moment (their crons tick on the same second) would both queue it. Here only the runner holding a
 * transaction-level advisory lock schedules; the lock is held until its jobs are committed, so the next runner
 * to get it counts them and queues nothing. A runner that finds the lock taken skips this round: the holder
 * does the work. Returns whether this runner scheduled.
 */
export async function queueSchedulesOnce(payload: Payload): Promise<boolean> {
  const { pool } = postgres(payload)
  const client = await pool.connect()
  let broken: Error | undefined
  try {
    await client.query('BEGIN')
    const { rows } = await client.query<{ locked: boolean }>(
      'SELECT pg_try_advisory_xact_lock($1) AS locked',
      [SCHEDULES_LOCK],
    )
    if (rows[0]?.locked) await payload.jobs.handleSchedules({ allQueues: true })
    await client.query('COMMIT')
    return rows[0]?.locked === true
  } catch (error) {
    broken = error as Error
    await client.query('ROLLBACK').catch(() => {})
    throw error
  } finally {
    client.release(broken) // a connection that failed is closed, not handed to the next caller
  }
}
