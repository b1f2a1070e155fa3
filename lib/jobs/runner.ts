import type { Payload } from 'payload'

import { mailEnv } from '../env/leads'

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
 * Jobs left "processing" by a process that was killed mid-run would never be picked up
 * again; after a grace period they are released. A second run is harmless: the mailer
 * skips emails already sent and the provider dedupes on the idempotency key.
 */
export async function releaseStaleJobs(payload: Payload, olderThanMs = staleAfterMs()): Promise<number> {
  const cutoff = new Date(Date.now() - olderThanMs).toISOString()
  const { docs } = await payload.update({
    collection: 'payload-jobs',
    where: { and: [{ processing: { equals: true } }, { updatedAt: { less_than: cutoff } }] },
    data: { processing: false },
    overrideAccess: true,
    depth: 0,
  })
  return docs.length
}

/** A job runs one provider call at most (bounded by its timeout): longer than this, it was abandoned. */
export const staleAfterMs = () => 2 * mailEnv().timeoutMs + 5_000

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
