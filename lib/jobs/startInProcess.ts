import config from '@payload-config'
import { getPayload } from 'payload'

import { guardPool } from '../db/poolErrors'
import { jobsAutorun } from '../env/leads'
import { enableRunner, releaseStaleJobs } from './runner'

/**
 * At server start: boot Payload (so the job runner starts without waiting for a first
 * request), keep a lost database connection from ending the process, and enable Payload's
 * autoRun cron for this process unless JOBS_AUTORUN=0.
 */
export async function startInProcessRunner(): Promise<void> {
  const runner = jobsAutorun()
  if (runner) enableRunner()
  try {
    // `cron: true` starts Payload's autoRun crons in this instance (they ask runnerEnabledHere()).
    const payload = await getPayload({ config, cron: runner })
    guardPool(payload)
    if (!runner) return
    const released = await releaseStaleJobs(payload)
    if (released) payload.logger.info(`Released ${released} job(s) left running by a stopped process.`)
  } catch (error) {
    // The database may be down at boot; Payload's cron starts with the first request then.
    console.error(`Payload could not start yet (${(error as Error).message}).`)
  }
}
