import { sql } from '@payloadcms/db-postgres/drizzle'
import type { Payload } from 'payload'

import { payload_jobs as jobs } from '@/payload-generated-schema'

import { columnsOf } from '../db/columns'
import { postgres } from '../db/postgres'
import { jobLeaseSeconds } from '../env/leads'

const job = columnsOf(jobs)

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
  const { rowCount } = await postgres(payload).drizzle.execute(sql`
    UPDATE ${jobs} SET ${job('processing')} = false, ${job('updatedAt')} = now()
    WHERE ${job('processing')} AND ${job('updatedAt')} < now() - make_interval(secs => ${leaseSeconds})`)
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
