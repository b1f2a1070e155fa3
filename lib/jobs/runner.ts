import type { Payload } from 'payload'

import { jobLeaseSeconds } from '../env/leads'
import { postgres } from '../db/postgres'

const FLAG = Symbol.for('paiteq.jobsRunner')
type WithFlag = typeof globalThis & { [FLAG]?: boolean }

/**
 * Payload's cron asks this before each run. Only a process that opted in runs jobs: the
 * Next server (from `instrumentation.ts`, unless JOBS_AUTORUN=0) or `npm run jobs`; never
 * a build, a migration or a test worker.
 */
export const runnerEnabledHere = (): boolean => (globalThis as WithFlag)[FLAG] === true

export function enableRunner(): void {
  ;(globalThis as WithFlag)[FLAG] = true
}

/**
 * Jobs left "processing" by a worker that stopped (killed mid-run, or cut off from the database) would never
 * be picked up again; once their lease has run out (no renewal for `JOBS_LEASE_SECONDS`, see
 * lib/jobs/atomicClaim.ts) they are released for any worker to claim. A live worker renews the jobs it runs,
 * so a slow job is never taken from it. Both sides use the database's clock: instances' clocks may differ.
 */
export async function releaseStaleJobs(payload: Payload, leaseSeconds = jobLeaseSeconds()): Promise<number> {
  const { pool } = postgres(payload)
  const { rowCount } = await pool.query(
    `UPDATE payload_jobs SET processing = false, updated_at = now()
     WHERE processing AND updated_at < now() - make_interval(secs => $1)`,
    [leaseSeconds],
  )
  return rowCount ?? 0
}

let lastSweep = 0

/**
 * Before each run of the in-process runner: release jobs a stopped process left behind,
 * at most every few seconds.
 */
export async function sweepBeforeRun(payload: Payload): Promise<void> {
  if (Date.now() - lastSweep < 5_000) return
  lastSweep = Date.now()
  const released = await releaseStaleJobs(payload)
  if (released) payload.logger.info(`Released ${released} job(s) left running by a stopped process.`)
}
