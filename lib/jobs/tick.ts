import type { Payload } from 'payload'

import { sweepBeforeRun } from './runner'
import { queueSchedulesOnce } from './schedules'
import type { Drainer } from './wake'

/**
 * The runner's regular look at the queue (every JOBS_INTERVAL_SECONDS, in the app and in `npm run jobs`): free
 * the jobs of a process that stopped, run what has come due (retries whose backoff ended; anything queued
 * while nobody listened), and queue scheduled work. New jobs do not wait for it: they wake the drainer as
 * they commit (lib/jobs/wake.ts). The default queue is only ever worked through the drainer, so the lead
 * pipeline's tasks always run in their own lane, by its retry rule, never also by Payload's runner.
 */
export async function tick(payload: Payload, drainer: Drainer): Promise<void> {
  await sweepBeforeRun(payload)
  await drainer.drain()
  await queueSchedulesOnce(payload)
}
