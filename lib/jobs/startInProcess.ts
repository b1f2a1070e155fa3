import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

import { guardPool } from '../db/poolErrors'
import { jobsAutorun, jobsIntervalSeconds } from '../env/leads'
import { enableRunner, releaseStaleJobs } from './runner'
import { tick } from './tick'
import { queueDrainer, wakeOnQueued } from './wake'

/** Waits between boot attempts while the database is unreachable: 1, 2, 4, then every 5 s. */
const retryDelayMs = (attempt: number) => Math.min(5_000, 1_000 * 2 ** attempt)

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/**
 * Starts Payload's autoRun crons in this process, once. Payload records in its cache that
 * crons are running when a `cron: true` call finds the instance booted; but the boot itself
 * (when a request's `cron: true` call was the first to succeed after a failed one) starts a
 * set without recording it, and the next `cron: true` call starts another. Two sets would
 * run each due job twice: every set after the first is stopped.
 */
async function startCrons(): Promise<void> {
  const payload = await getPayload({ config, cron: true })
  const { autoRun } = payload.config.jobs
  const perSet = Array.isArray(autoRun) ? autoRun.length : payload.crons.length
  for (const extra of payload.crons.splice(perSet)) extra.stop()
}

/** Once Payload is up: keep a lost connection from ending the process, and start the runner. */
async function onBooted(payload: Payload, runner: boolean): Promise<void> {
  guardPool(payload)
  if (!runner) return
  await startCrons()
  // New work runs the moment it is committed; the tick catches retries as they come due, and schedules.
  const drainer = queueDrainer(payload)
  wakeOnQueued(payload, () => void drainer.drain())
  const every = jobsIntervalSeconds() * 1000
  const again = () => setTimeout(loop, every).unref()
  const loop = () =>
    void tick(payload, drainer)
      .catch((error: unknown) =>
        console.error(`Job runner: ${error instanceof Error ? error.message : error}`),
      )
      .finally(again)
  again()
  const released = await releaseStaleJobs(payload).catch(() => 0)
  if (released) payload.logger.info(`Released ${released} job(s) left running by a stopped process.`)
}

/** Boots Payload (without crons: see startCrons) and starts what depends on it; false when the database is unreachable. */
async function tryBoot(runner: boolean): Promise<{ booted: true } | { booted: false; reason: string }> {
  let payload: Payload
  try {
    payload = await getPayload({ config })
  } catch (error) {
    return { booted: false, reason: (error as Error).message }
  }
  try {
    await onBooted(payload, runner)
  } catch (error) {
    console.error(`The job runner could not start: ${(error as Error).message}`)
  }
  return { booted: true }
}

/**
 * At server start: boot Payload (so the job runner starts without waiting for a first
 * request), keep a lost database connection from ending the process, and start Payload's
 * autoRun crons for this process unless JOBS_AUTORUN=0. The server does not wait for the
 * database: when it is down at boot, Payload is booted again in the background, with
 * backoff, until it answers, and the runner starts then, without a restart.
 */
export async function startInProcessRunner(): Promise<void> {
  const runner = jobsAutorun()
  if (runner) enableRunner()
  const first = await tryBoot(runner)
  if (first.booted) return
  console.error(`Payload could not start yet (${first.reason}); trying again until the database answers.`)
  void (async () => {
    for (let attempt = 0; ; attempt++) {
      await sleep(retryDelayMs(attempt))
      if ((await tryBoot(runner)).booted) break
    }
    console.log('The database answers: Payload is up' + (runner ? ' and the job runner started.' : '.'))
  })()
}
