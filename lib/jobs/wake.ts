import pg from 'pg'
import type { Payload } from 'payload'

import { postgres } from '../db/postgres'
import { jobsConcurrency } from '../env/leads'
import { requestsInFlight } from '../runtime/requestsInFlight.mjs'
import { LANE_TASK_SLUGS, runLaneBatch } from './fastLane'

/** The channel the queue's insert trigger notifies on commit (migration 20261130_164911_lead_intake). */
export const JOBS_QUEUED_CHANNEL = 'payload_jobs_queued'

const RECONNECT_MAX_MS = 5_000

export type Drainer = {
  /** Runs due jobs until none is left; a call while a run is going makes it look once more when it ends. */
  drain: () => Promise<void>
  /** Resolves once the run in progress (if any) has ended. */
  idle: () => Promise<void>
}

/** Jobs one lane claims at a time: small batches, so a slow job holds back few others. */
const LANE_BATCH = 5

/** Requests in flight at which the app's runner works one lane only (`npm run jobs` answers none: all lanes). */
const BUSY_REQUESTS = 4
const YIELD_MS = 50
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const busy = () => requestsInFlight() >= BUSY_REQUESTS

/**
 * Works the queue until no job is due, `jobsConcurrency()` jobs at a time, in lanes of `LANE_BATCH` that each
 * claim their next batch as soon as theirs is done. The lead pipeline's tasks (emails, duplicate links) run in
 * the queue's own lane (lib/jobs/fastLane.ts); every other task (account emails, exports, scheduled publishing)
 * goes through Payload's runner, in one lane of its own. Claims are atomic on both paths, so lanes, drainers
 * and other processes share the work and never run a job twice.
 */
export function queueDrainer(payload: Payload, queue = 'default'): Drainer {
  let running: Promise<void> | null = null
  let again = false
  // Lanes holding a batch right now, and the wake-up the idle ones wait for (new jobs, or the run winding down).
  let working = 0
  let wake = () => {}
  const nextWake = () => new Promise<void>((resolve) => (wake = resolve))
  let woken = nextWake()
  const signal = () => {
    const release = wake
    woken = nextWake()
    release()
  }
  const leadLane = async (index: number) => {
    for (;;) {
      // Inside the app, requests come first: while it answers BUSY_REQUESTS or more at once (a burst of
      // enquiries, a bot flood), every lane but the first waits, and the queue catches up when it is over.
      if (index > 0) while (busy()) await sleep(YIELD_MS)
      const started = Date.now()
      working++
      let ran: number
      try {
        ran = await runLaneBatch(payload, queue, LANE_BATCH)
      } catch (error) {
        signal()
        throw error
      } finally {
        working--
      }
      if (ran > 0) {
        // The first lane keeps the queue moving meanwhile, at no more than half its pace: it rests as long
        // as its batch took (at most YIELD_MS).
        if (index === 0 && busy()) await sleep(Math.min(YIELD_MS, Date.now() - started))
        continue
      }
      // Nothing due. While another lane still works, jobs may yet come (they trickle in as enquiries commit):
      // wait for the next wake-up instead of staying idle until the slowest batch ends. The last lane to find
      // nothing ends the run, and wakes the others to end too.
      if (working === 0) {
        signal()
        return
      }
      await woken
    }
  }
  const payloadLane = async () => {
    for (;;) {
      // `noJobsRemaining` is true only when the claim found nothing; after a batch it is unset: look again.
      const result = await payload.jobs.run({
        queue,
        limit: LANE_BATCH,
        where: { taskSlug: { not_in: LANE_TASK_SLUGS } },
        silent: { info: true },
      })
      if (result.noJobsRemaining === true) return
    }
  }
  const run = async () => {
    do {
      again = false
      const lanes = Math.max(1, Math.ceil(jobsConcurrency() / LANE_BATCH))
      await Promise.all([payloadLane(), ...Array.from({ length: lanes }, (_, index) => leadLane(index))])
    } while (again)
  }
  return {
    drain: () => {
      if (running) {
        again = true
        signal()
        return running
      }
      running = run()
        .catch((error: unknown) =>
          console.error(`Job runner: ${error instanceof Error ? error.message : error}`),
        )
        .finally(() => {
          running = null
        })
      return running
    },
    idle: async () => {
      await running
    },
  }
}

/**
 * Listens on its own connection for new jobs and drains the queue as soon as one is committed (well under
 * 100 ms), where the cron alone would wait for its next tick. A lost connection is opened again with backoff;
 * meanwhile the cron's poll still runs every job. Returns a function that stops listening.
 */
export function wakeOnQueued(payload: Payload, onQueued: () => void): () => Promise<void> {
  const { pool } = postgres(payload)
  let client: pg.Client | null = null
  let stopped = false
  let failures = 0
  let reported = false

  const connect = async (): Promise<void> => {
    if (stopped) return
    const next = new pg.Client(pool.options)
    next.on('notification', () => onQueued())
    next.on('error', () => void reconnect(next))
    try {
      await next.connect()
      await next.query(`LISTEN ${JOBS_QUEUED_CHANNEL}`)
      client = next
      failures = 0
      if (reported) console.log('Job runner: listening for new jobs again.')
      reported = false
      onQueued() // jobs queued while nobody listened
    } catch (error) {
      await next.end().catch(() => {})
      if (!reported)
        console.error(
          `Job runner: cannot listen for new jobs (${(error as Error).message}); polling meanwhile.`,
        )
      reported = true
      const delay = Math.min(RECONNECT_MAX_MS, 250 * 2 ** failures++)
      setTimeout(() => void connect(), delay).unref()
    }
  }
  const reconnect = async (broken: pg.Client) => {
    if (client !== broken) return
    client = null
    await broken.end().catch(() => {})
    void connect()
  }

  void connect()
  return async () => {
    stopped = true
    await client?.end().catch(() => {})
  }
}
