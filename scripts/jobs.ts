/**
 * `npm run jobs`: the job runner as its own process (for deployments that run the web app
 * with JOBS_AUTORUN=0). Sends queued lead emails, and runs the maintenance queue (retention)
 * on its schedule, until stopped with Ctrl-C or SIGTERM.
 */
import nextEnv from '@next/env'

nextEnv.loadEnvConfig(process.cwd(), false, { info: () => {}, error: console.error })

const { jobsIntervalSeconds } = await import('@/lib/env/leads')
const { releaseStaleJobs } = await import('@/lib/jobs/runner')
const { tick } = await import('@/lib/jobs/tick')
const { openPayload } = await import('@/lib/runtime/payload')
const { MAINTENANCE_QUEUE } = await import('@/lib/leads/retentionJob')
const { queueDrainer, wakeOnQueued } = await import('@/lib/jobs/wake')

const { guardPool } = await import('@/lib/db/poolErrors')

const payload = await openPayload()
guardPool(payload)
let stopping = false
const stop = () => {
  stopping = true
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)

const released = await releaseStaleJobs(payload)
if (released) console.log(`Released ${released} job(s) left running by a stopped process.`)
console.log(
  `Job runner: running new jobs as they are queued, and looking for due ones every ${jobsIntervalSeconds()} s.`,
)

// New jobs wake the drainer the moment they commit; the loop below catches retries that come due and schedules.
const drainer = queueDrainer(payload)
const stopListening = wakeOnQueued(payload, () => void drainer.drain())
while (!stopping) {
  try {
    await tick(payload, drainer)
    await payload.jobs.run({ queue: MAINTENANCE_QUEUE, limit: 10, silent: { info: true } })
  } catch (error) {
    console.error(`Job runner: ${(error as Error).message}`)
  }
  const until = Date.now() + jobsIntervalSeconds() * 1000
  while (!stopping && Date.now() < until) await new Promise((r) => setTimeout(r, 100))
}
await stopListening()
await drainer.idle()
await payload.destroy?.()
process.exit(0)
