import { createHash, randomUUID } from 'node:crypto'

import { and, count, eq, sql, type SQL } from '@payloadcms/db-postgres/drizzle'
import { QueryBuilder } from '@payloadcms/db-postgres/drizzle/pg-core'

import { closing_cta, leads, service_areas } from '@/payload-generated-schema'

import { leadRateLimit, minFillMs, type RateLimit } from '../env/leads'
import { hashIp, type ClientInfo } from './client'
import { intArrayParam, prepared } from '../db/prepared'
import type { IntakeDb } from './intakeDb'
import { countHit, decide, type RateDecision } from './rateLimit'
import { leadRow } from './row'
import { fieldErrors, leadSchema, type FieldErrors, type LeadSubmission } from './schema'
import { storeLead } from './store'

export type SubmitResult =
  | { kind: 'accepted'; reference: string; submissionId: string; duplicate: boolean }
  | { kind: 'invalid'; errors: FieldErrors }
  | { kind: 'rate-limited'; retryAfterSeconds: number }
  | { kind: 'unavailable' }

/** Where the intake stores leads. */
export type SubmitDeps = { db: () => Promise<IntakeDb> }

/**
 * `requireFillTime`: the caller is the JSON endpoint, whose only honest client (the enhanced
 * form) always sends `startedAt`; a submission without it was scripted. The no-JS form on
 * the prerendered home page has no start time, so the server action does not require one.
 */
export type SubmitOptions = { requireFillTime?: boolean }

/** Why a submission counts as spam, or null. Bots get a normal-looking success all the same. */
function spamReason(input: LeadSubmission, now: number, options: SubmitOptions): string | null {
  if (input.website && input.website.trim() !== '') return 'honeypot'
  if (input.startedAt === undefined && options.requireFillTime) return 'no-fill-time'
  if (input.startedAt !== undefined && now - input.startedAt < minFillMs()) return 'too-fast'
  return null
}

/**
 * No-JS forms on a prerendered page carry no submission id: the same content from the same
 * address is then the same submission (a double click or a reload never makes two leads).
 */
function submissionIdFor(input: LeadSubmission, ipHash: string): string {
  if (input.submissionId) return input.submissionId
  const { startedAt: _s, submissionId: _i, ...content } = input
  return `d-${createHash('sha256').update(ipHash).update(JSON.stringify(content)).digest('hex').slice(0, 40)}`
}

/** Postgres's own words: Drizzle wraps them in "Failed query: <the whole statement>". */
const databaseMessage = (error: unknown): string => {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error
  return cause instanceof Error ? cause.message : String(cause)
}

/** Postgres refused a row that points at a service area deleted since the check (foreign key). */
const isMissingArea = (error: unknown): boolean => {
  const cause = error instanceof Error && error.cause ? error.cause : error
  return typeof cause === 'object' && cause !== null && 'code' in cause && cause.code === '23503'
}

type Checks = {
  existing: string | null
  knownAreas: number
  consentText: string | null
  decision: RateDecision
}

/**
 * What the intake must know before storing, in one statement: the reference of a lead already stored under
 * this submission id, how many of the chosen areas exist and are published, the published consent wording
 * (the global's table holds the published version; drafts live in its versions), and, for a new enquiry with
 * valid areas only, its hit on the client's limit.
 */
type CheckRow = {
  existing: string | null
  known: string
  consent: string | null
  count: string | null
  retry_after: string | null
}

const qb = new QueryBuilder()
const existing = qb
  .select({ reference: leads.reference })
  .from(leads)
  .where(eq(leads.submissionId, sql.placeholder('submissionId')))
const known = qb
  .select({ n: count() })
  .from(service_areas)
  .where(
    and(
      sql`${service_areas.id} = ANY(${sql.placeholder('areaIds')}::int[])`,
      eq(service_areas._status, 'published'),
    ),
  )
const consent = qb.select({ text: closing_cta.form_consent_text }).from(closing_cta).limit(1)
const checksWith = (hit: SQL) => sql`WITH hit AS (${hit})
  SELECT (${existing}) AS existing, (${known}) AS known, (${consent}) AS consent,
         (SELECT count FROM hit) AS count, (SELECT retry_after FROM hit) AS retry_after`
/** The checks, with the client's hit counted only for a new enquiry whose areas are all valid. */
const CHECKS = prepared<CheckRow>(
  'lead_checks',
  checksWith(
    countHit(
      sql.placeholder('ipHash'),
      sql.placeholder('seconds'),
      sql`NOT EXISTS (${existing}) AND (${known}) = ${sql.placeholder('areaCount')}`,
    ),
  ),
)
/** The same with the enquiry limit off (`LEAD_RATE_LIMIT=0`). */
const CHECKS_UNLIMITED = prepared<CheckRow>(
  'lead_checks_unlimited',
  checksWith(sql`SELECT NULL::int AS count, NULL::int AS retry_after`),
)

async function checks(
  { pool }: IntakeDb,
  submissionId: string,
  areaIds: number[],
  ipHash: string,
  limit: RateLimit,
): Promise<Checks> {
  const values = {
    submissionId,
    areaIds: intArrayParam(areaIds),
    areaCount: areaIds.length,
    ipHash,
    seconds: limit?.seconds ?? 0,
  }
  const [row] = limit ? await CHECKS(pool, values) : await CHECKS_UNLIMITED(pool, values)
  return {
    existing: row?.existing ?? null,
    knownAreas: Number(row?.known ?? 0),
    consentText: row?.consent ?? null,
    decision: decide(limit, row?.count ?? 0, row?.retry_after),
  }
}

/**
 * The whole server side of "Start a project", kept to what must happen before the answer: validate (the one
 * zod schema), classify spam, dedupe by submission id, apply the per-IP limit, and store the lead with its jobs
 * in one transaction (lib/leads/store.ts). Everything that can wait (duplicate linking, the emails) runs in
 * those jobs. Success is only returned after the commit.
 */
export async function submitLead(
  raw: unknown,
  client: ClientInfo,
  deps: SubmitDeps,
  options: SubmitOptions = {},
): Promise<SubmitResult> {
  const parsed = leadSchema.safeParse(raw)
  if (!parsed.success) return { kind: 'invalid', errors: fieldErrors(parsed.error) }
  const input = parsed.data
  const now = Date.now()
  const ipHash = hashIp(client.ip)
  const submissionId = submissionIdFor(input, ipHash)
  const areaIds = [...new Set((input.areas ?? []).map(Number))]

  let db: IntakeDb
  let known: Checks
  try {
    db = await deps.db()
    known = await checks(db, submissionId, areaIds, ipHash, leadRateLimit())
    if (known.existing) return { kind: 'accepted', reference: known.existing, submissionId, duplicate: true }
    if (known.knownAreas !== areaIds.length) return { kind: 'invalid', errors: { areas: 'choice' } }
    if (!known.decision.allowed)
      return { kind: 'rate-limited', retryAfterSeconds: known.decision.retryAfterSeconds }
  } catch (error) {
    console.error(`Lead not stored (database): ${databaseMessage(error)}`)
    return { kind: 'unavailable' }
  }

  const row = leadRow(input, {
    submissionId,
    receivedAt: new Date(now),
    spamReason: spamReason(input, now, options),
    ipHash,
    userAgent: client.userAgent,
    consentText: known.consentText ?? '',
  })
  try {
    const stored = await storeLead(db, row, areaIds)
    return { kind: 'accepted', reference: stored.reference, submissionId, duplicate: stored.duplicate }
  } catch (error) {
    if (isMissingArea(error)) return { kind: 'invalid', errors: { areas: 'choice' } }
    console.error(`Lead not stored: ${databaseMessage(error)}`)
    return { kind: 'unavailable' }
  }
}

/** A fresh submission id for a form the server renders (no-JS error page). */
export const newSubmissionId = (): string => randomUUID()
