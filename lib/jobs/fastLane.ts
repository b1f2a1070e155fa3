import { sql } from '@payloadcms/db-postgres/drizzle'
import type { Payload } from 'payload'

import { payload_jobs as jobs } from '@/payload-generated-schema'

import { postgres } from '../db/postgres'
import { prepared } from '../db/prepared'
import { intakeDbOf } from '../leads/intakeDb'
import { confirmationWords, leadsForEmail } from '../leads/emailInputs'
import type { EmailLead, FormCopy } from '../leads/emails'
import { linkDuplicates, linkDuplicatesOf } from '../leads/linkDuplicates'
import { leaseOf } from './atomicClaim'
import { linkLeadDuplicatesTask } from './linkLeadDuplicates'
import { fanOutLeadEvent, fanOutLeadEventTask, type LeadEventInput } from './fanOutLeadEvent'
import { PermanentJobError } from './permanentError'
import { sendLeadEmail, sendLeadEmailTask, type RetryHint } from './sendLeadEmail'

type Claimed = {
  id: number
  task_slug: string
  input: unknown
  total_tried: string | null
  wait_until: string | null
}

type Retries = { attempts: number; delay: number }

/**
 * What a batch's jobs share: the email and link jobs' leads, read in one query (null if that read failed: each
 * job reads its own), and the confirmation's words, read once.
 */
type LaneBatch = { leads: Map<number, EmailLead> | null; words: () => Promise<FormCopy | null> }

/** The lead pipeline's own tasks: what each runs, and its retry rule (the same numbers Payload's runner uses). */
const LANE_TASKS: Record<
  string,
  {
    run: (
      payload: Payload,
      input: unknown,
      hint: RetryHint,
      jobId: number,
      batch: LaneBatch,
    ) => Promise<unknown>
    retries: Retries
  }
> = {
  sendLeadEmail: {
    run: (payload, input, hint, jobId, batch) => {
      const email = emailInput(input)
      const lead = batch.leads ? (batch.leads.get(email.leadId) ?? null) : undefined
      return sendLeadEmail(payload, email, hint, { lead, words: batch.words, jobId })
    },
    retries: retriesOf(sendLeadEmailTask.retries),
  },
  linkLeadDuplicates: {
    run: async (payload, input, _hint, jobId, batch) => {
      const leadId = leadIdOf(input)
      // The batch read its address (unless the lead is gone): one statement links and ends the job.
      const address = batch.leads?.get(leadId)?.email
      if (address === undefined) return linkDuplicates(payload, leadId)
      await linkDuplicatesOf(payload, leadId, address, jobId)
      return { finished: true }
    },
    retries: retriesOf(linkLeadDuplicatesTask.retries),
  },
  fanOutLeadEvent: {
    run: (payload, input, _hint, jobId) => fanOutLeadEvent(payload, eventInput(input), jobId),
    retries: retriesOf(fanOutLeadEventTask.retries),
  },
}

/** The tasks the lane runs; every other task is left to Payload's runner. */
export const LANE_TASK_SLUGS = Object.keys(LANE_TASKS)

function retriesOf(config: unknown): Retries {
  if (typeof config !== 'object' || config === null) return { attempts: 0, delay: 0 }
  const attempts = 'attempts' in config && typeof config.attempts === 'number' ? config.attempts : 0
  const backoff = 'backoff' in config ? config.backoff : undefined
  const delay =
    typeof backoff === 'object' && backoff !== null && 'delay' in backoff && typeof backoff.delay === 'number'
      ? backoff.delay
      : 0
  return { attempts, delay }
}

/** True when the task ended its job itself, in its own last statement (a sent email's record, a duplicate link). */
const finishedBy = (outcome: unknown): boolean =>
  typeof outcome === 'object' && outcome !== null && 'finished' in outcome && outcome.finished === true

/** Tasks that read their lead from the batch's one read. */
const READS_LEAD = new Set<string>([sendLeadEmailTask.slug, linkLeadDuplicatesTask.slug])

/** The batch's shared reads: its email and link jobs' leads at once, and the confirmation's words when first asked for. */
async function batchOf(payload: Payload, claimed: Claimed[]): Promise<LaneBatch> {
  const ids = claimed.flatMap((job) => {
    if (!READS_LEAD.has(job.task_slug)) return []
    try {
      return [leadIdOf(job.input)]
    } catch {
      return [] // its job fails on its own
    }
  })
  let leads: LaneBatch['leads'] = null
  try {
    leads = await leadsForEmail(payload, [...new Set(ids)])
  } catch {
    leads = null // each job reads its lead, and fails and retries on its own if the database is gone
  }
  let words: Promise<FormCopy | null> | undefined
  return { leads, words: () => (words ??= confirmationWords(payload)) }
}

function leadIdOf(input: unknown): number {
  const id = typeof input === 'object' && input !== null && 'leadId' in input ? Number(input.leadId) : NaN
  if (!Number.isInteger(id)) throw new PermanentJobError('The job has no lead id.')
  return id
}

function eventInput(input: unknown): LeadEventInput {
  const field = (key: string) =>
    typeof input === 'object' && input !== null && key in input ? Reflect.get(input, key) : undefined
  const text = (value: unknown) => (typeof value === 'string' ? value : null)
  return {
    leadId: leadIdOf(input),
    type: String(field('type') ?? ''),
    from: text(field('from')),
    to: text(field('to')),
  }
}

function emailInput(input: unknown): { leadId: number; kind: string } {
  const kind = typeof input === 'object' && input !== null && 'kind' in input ? String(input.kind) : ''
  return { leadId: leadIdOf(input), kind }
}

const col = (key: keyof typeof jobs._.columns) => sql.identifier(jobs[key].name)

/**
 * Claims up to `limit` due jobs of the lane's tasks in one statement. `FOR UPDATE SKIP LOCKED`: two lanes or
 * runners never wait on, nor take, the same row; the claim stamps the lease like Payload's claims
 * (lib/jobs/atomicClaim.ts), so a stopped runner's jobs are released the same way. A named statement, as the
 * two below: the lane runs them for every job.
 */
const CLAIM = prepared<Claimed>(
  'lane_claim',
  // The due rows are picked and locked once (a CTE, its ids as one array): written `id IN (subquery)`, Postgres
  // planned the subquery inside a nested loop over the whole table and ran it once per row (seen with a deep
  // queue and stale statistics: over 1 s per claim, then the statement timeout); this form takes 0.5 ms there.
  sql`
    WITH picked AS (
      SELECT ${col('id')} FROM ${jobs}
      WHERE ${col('queue')} = ${sql.placeholder('queue')}
        AND ${col('taskSlug')}::text = ANY(${sql.placeholder('slugs')}::text[])
        AND ${col('processing')} = false AND ${col('completedAt')} IS NULL AND ${col('hasError')} IS NOT TRUE
        AND (${col('waitUntil')} IS NULL OR ${col('waitUntil')} <= now())
      ORDER BY ${col('createdAt')}
      LIMIT ${sql.placeholder('limit')}
      FOR UPDATE SKIP LOCKED)
    UPDATE ${jobs} SET ${col('processing')} = true, ${col('updatedAt')} = now()
    WHERE ${col('id')} = ANY(ARRAY(SELECT ${col('id')} FROM picked))
    RETURNING ${col('id')} AS id, ${col('taskSlug')} AS task_slug, ${col('input')} AS input,
              ${col('totalTried')} AS total_tried, ${col('waitUntil')} AS wait_until`,
)

/** A finished job goes, as Payload's runner deletes completed jobs (`deleteJobOnComplete`). */
const FINISH = prepared('lane_finish', sql`DELETE FROM ${jobs} WHERE ${col('id')} = ${sql.placeholder('id')}`)

const SLUGS = `{${LANE_TASK_SLUGS.join(',')}}`

const claim = (payload: Payload, queue: string, limit: number): Promise<Claimed[]> =>
  CLAIM(intakeDbOf(payload).pool, { queue, slugs: SLUGS, limit })

async function finish(payload: Payload, id: number): Promise<void> {
  await FINISH(intakeDbOf(payload).pool, { id })
}

/**
 * A failed attempt, by Payload's rules: after `attempts` retries the job fails for good (`hasError`, shown in
 * the admin); before, it waits 2^tries × delay, or longer when the handler asked (a provider's Retry-After).
 */
async function fail(payload: Payload, job: Claimed, error: unknown, hint: RetryHint): Promise<void> {
  const task = LANE_TASKS[job.task_slug]
  const tried = Number(job.total_tried ?? 0)
  const final = error instanceof PermanentJobError || !task || tried >= task.retries.attempts
  const backoff = new Date(Date.now() + 2 ** tried * (task?.retries.delay ?? 0))
  const asked = hint.waitUntil ? new Date(hint.waitUntil) : null
  const waitUntil = asked && asked > backoff ? asked : backoff
  const message = error instanceof Error ? error.message : String(error)
  await intakeDbOf(payload).drizzle.execute(sql`
    UPDATE ${jobs} SET ${col('processing')} = false, ${col('updatedAt')} = now(),
      ${col('totalTried')} = ${tried + 1}, ${col('hasError')} = ${final},
      ${col('waitUntil')} = ${final ? null : waitUntil.toISOString()},
      ${col('error')} = ${JSON.stringify({ message, attempt: tried + 1 })}::jsonb
    WHERE ${col('id')} = ${job.id}`)
}

/**
 * The lead pipeline's lane of the queue: claims a batch of its due jobs, runs them at once and records each
 * outcome in one statement, without Payload's runner, whose reads and writes of each job (its log included)
 * cost more than the email itself. Returns how many it ran (0: none was due).
 */
export async function runLaneBatch(payload: Payload, queue: string, limit: number): Promise<number> {
  const claimed = await claim(payload, queue, limit)
  if (!claimed.length) return 0
  const lease = leaseOf(postgres(payload))
  lease.hold(claimed.map((job) => job.id))
  const batch = await batchOf(payload, claimed)
  await Promise.all(
    claimed.map(async (job) => {
      const hint: RetryHint = { waitUntil: job.wait_until }
      try {
        const task = LANE_TASKS[job.task_slug]
        if (!task) throw new PermanentJobError(`No lane task "${job.task_slug}".`)
        if (!finishedBy(await task.run(payload, job.input, hint, job.id, batch)))
          await finish(payload, job.id)
      } catch (error) {
        await fail(payload, job, error, hint).catch((e: unknown) =>
          console.error(`Job ${job.id} not recorded as failed: ${e instanceof Error ? e.message : e}`),
        )
      } finally {
        lease.drop(job.id)
      }
    }),
  )
  return claimed.length
}
