import type { PostgresAdapter, postgresAdapter } from '@payloadcms/db-postgres'
import { sql } from '@payloadcms/db-postgres/drizzle'
import type { Job, UpdateJobsArgs, Where } from 'payload'

import { payload_jobs as jobs } from '@/payload-generated-schema'

import { columnsOf } from '../db/columns'
import { intArrayParam } from '../db/prepared'
import { jobLeaseSeconds } from '../env/leads'

type AdapterResult = ReturnType<typeof postgresAdapter>
type JobRow = { id: number | string; updatedAt?: string }

const JOBS = 'payload-jobs'
const job = columnsOf(jobs)

/** Rounds of "find due jobs, claim them" when other workers took some of the candidates first. */
const CLAIM_ROUNDS = 3

/**
 * A job still held after this long is no longer renewed, so it is released like an abandoned one: every job of
 * ours is bounded far below (a provider call has a timeout, every statement one), so one running this long hangs.
 */
const MAX_RUN_MS = 15 * 60_000

/** Payload's runJobs claims with `{ processing: true }` (plus the `updatedAt` its helper adds) and nothing else. */
const isClaim = (data: Record<string, unknown>) =>
  data.processing === true && Object.keys(data).every((key) => key === 'processing' || key === 'updatedAt')

const isRow = (doc: unknown): doc is JobRow =>
  typeof doc === 'object' &&
  doc !== null &&
  'id' in doc &&
  (typeof doc.id === 'number' || typeof doc.id === 'string')

/**
 * Claims only the rows no other worker changed since they were read (same `updated_at`) and that are still
 * waiting: one conditional UPDATE, so when two workers race for a row Postgres lets exactly one of them win
 * (the second re-checks the row after the first commits and finds it processing).
 */
const claimSeen = (ids: number[], seen: string[]) => sql`
  UPDATE ${jobs} j SET ${job('processing')} = true, ${job('updatedAt')} = now()
  FROM unnest(${intArrayParam(ids)}::int[], ${sql.param(seen)}::timestamptz[]) AS c(id, seen)
  WHERE j.${job('id')} = c.id AND j.${job('updatedAt')} = c.seen
    AND j.${job('processing')} = false AND j.${job('completedAt')} IS NULL AND j.${job('hasError')} IS NOT TRUE
  RETURNING j.${job('id')} AS id`

/** `payload.jobs.runByID`: one job, claimed only if it is waiting (not running, finished or failed for good). */
const claimOneStatement = (id: number) => sql`
  UPDATE ${jobs} SET ${job('processing')} = true, ${job('updatedAt')} = now()
  WHERE ${job('id')} = ${id} AND ${job('processing')} = false AND ${job('completedAt')} IS NULL
    AND ${job('hasError')} IS NOT TRUE
  RETURNING ${job('id')} AS id`

/** The lease: a live worker stamps the jobs it runs with the database's clock, so no other worker releases them. */
const renew = (ids: number[]) => sql`
  UPDATE ${jobs} SET ${job('updatedAt')} = now()
  WHERE ${job('id')} = ANY(${intArrayParam(ids)}::int[]) AND ${job('processing')}
  RETURNING ${job('id')} AS id`

/**
 * Payload 3.90's job claim is a find followed by one unconditional update per job, so two workers (two app
 * instances, or the app and `npm run jobs`) take the same job and send its email twice. This wraps the Postgres
 * adapter's `updateJobs` (public adapter API; runJobs claims through it): a claim becomes an atomic conditional
 * update that returns only the jobs this worker won. Every other update goes to Payload's own implementation.
 *
 * It also holds a lease on the jobs this process runs: while a job runs, its `updated_at` is renewed every third
 * of `JOBS_LEASE_SECONDS`, so `releaseStaleJobs` (lib/jobs/runner.ts) frees only jobs whose worker stopped
 * renewing them (killed, or cut off from the database), never one a live but slow worker is still running.
 */
export function withAtomicJobClaims(result: AdapterResult): AdapterResult {
  return {
    ...result,
    init: (args) => {
      const adapter = result.init(args)
      const ownUpdateJobs = adapter.updateJobs.bind(adapter)
      const lease = leaseOf(adapter)
      adapter.updateJobs = async (jobArgs: UpdateJobsArgs) => {
        if (isClaim(jobArgs.data)) {
          const won =
            jobArgs.id !== undefined ? await claimOne(adapter, jobArgs.id) : await claimDue(adapter, jobArgs)
          lease.hold(won)
          if (jobArgs.returning === false) return null
          return won.length ? await readJobs(adapter, won, jobArgs) : []
        }
        // A job this process ran is finished (or failed and waits for a retry): its lease ends with it.
        if (jobArgs.data.processing === false && jobArgs.id !== undefined) lease.drop(jobArgs.id)
        return ownUpdateJobs(jobArgs)
      }
      return adapter
    },
  }
}

async function claimOne(adapter: PostgresAdapter, id: number | string): Promise<number[]> {
  const { rows } = await adapter.drizzle.execute<{ id: number }>(claimOneStatement(Number(id)))
  return rows.map((row) => row.id)
}

/** Due jobs as Payload's `where` and `sort` pick them, claimed up to `limit`, trying again for any lost to others. */
async function claimDue(adapter: PostgresAdapter, args: UpdateJobsArgs): Promise<number[]> {
  const where = args.where as Where
  const wanted = args.limit && args.limit > 0 ? args.limit : 0
  const won: number[] = []
  for (let round = 0; round < CLAIM_ROUNDS; round++) {
    const { docs } = await adapter.find({
      collection: JOBS,
      where,
      limit: wanted ? wanted - won.length : 0,
      sort: args.sort,
      pagination: false,
      select: { updatedAt: true },
      req: args.req,
    })
    const seen = docs.filter(isRow).filter((doc) => typeof doc.updatedAt === 'string')
    if (!seen.length) break
    const { rows } = await adapter.drizzle.execute<{ id: number }>(
      claimSeen(
        seen.map((doc) => Number(doc.id)),
        seen.flatMap((doc) => doc.updatedAt ?? []),
      ),
    )
    won.push(...rows.map((row) => row.id))
    // Nothing was taken from under us: what is not among the candidates is not due.
    if (rows.length === seen.length || !wanted || won.length >= wanted) break
  }
  return won
}

/**
 * The claimed jobs as Payload's own `updateJobs` returns them: the rows as read (the runner needs their input,
 * log and tries), in the claim's order. Payload's helper adds `taskStatus` afterwards (jobAfterRead), which is
 * what the `Job` type describes.
 */
async function readJobs(adapter: PostgresAdapter, ids: number[], args: UpdateJobsArgs): Promise<Job[]> {
  const { docs } = await adapter.find({
    collection: JOBS,
    where: { id: { in: ids } },
    limit: 0,
    pagination: false,
    sort: args.sort,
    req: args.req,
  })
  return docs as Job[]
}

const leases = new WeakMap<PostgresAdapter, Lease>()

/** The lease of the jobs this process claimed on this adapter: Payload's runner and the queue's own lane share it. */
export function leaseOf(adapter: PostgresAdapter): Lease {
  let lease = leases.get(adapter)
  if (!lease) leases.set(adapter, (lease = new Lease(adapter)))
  return lease
}

/** The jobs this process claimed and has not finished, renewed while they run. */
class Lease {
  private held = new Map<number, number>()
  private timer: NodeJS.Timeout | undefined

  constructor(private adapter: PostgresAdapter) {}

  hold(ids: number[]): void {
    for (const id of ids) this.held.set(id, Date.now())
    if (!this.timer && this.held.size) {
      this.timer = setInterval(() => void this.renew(), (jobLeaseSeconds() * 1000) / 3)
      this.timer.unref() // a lease never keeps a process alive
    }
  }

  drop(id: number | string): void {
    this.held.delete(Number(id))
  }

  private async renew(): Promise<void> {
    const now = Date.now()
    for (const [id, since] of this.held) if (now - since > MAX_RUN_MS) this.held.delete(id)
    const ids = [...this.held.keys()]
    if (!ids.length) return
    try {
      const { rows } = await this.adapter.drizzle.execute<{ id: number }>(renew(ids))
      const still = new Set(rows.map((row) => row.id))
      // Finished (or released because this process stopped renewing in time): not ours any more.
      for (const id of ids) if (!still.has(id)) this.held.delete(id)
    } catch (error) {
      console.error(`Job lease not renewed: ${(error as Error).message}`)
    }
  }
}
