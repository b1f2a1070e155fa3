import { createHash, randomUUID } from 'node:crypto'

import { and, count, eq, inArray } from '@payloadcms/db-postgres/drizzle'
import type { Payload } from 'payload'

import { leads, service_areas } from '@/payload-generated-schema'

import { postgres } from '../db/postgres'
import { leadRateLimit, minFillMs } from '../env/leads'
import { hashIp, type ClientInfo } from './client'
import { hitRateLimit } from './rateLimit'
import { leadRow } from './row'
import { fieldErrors, leadSchema, type FieldErrors, type LeadSubmission } from './schema'
import { storeLead } from './store'

export type SubmitResult =
  | { kind: 'accepted'; reference: string; submissionId: string; duplicate: boolean }
  | { kind: 'invalid'; errors: FieldErrors }
  | { kind: 'rate-limited'; retryAfterSeconds: number }
  | { kind: 'unavailable' }

export type SubmitDeps = { payload: () => Promise<Payload>; consentText: () => Promise<string> }

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

/** Postgres refused a row that points at a service area deleted since the check (foreign key). */
const isMissingArea = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && 'code' in error && error.code === '23503'

/** The reference of the lead already stored for this submission id (one indexed lookup). */
async function findBySubmission(payload: Payload, submissionId: string): Promise<string | undefined> {
  const [row] = await postgres(payload)
    .drizzle.select({ reference: leads.reference })
    .from(leads)
    .where(eq(leads.submissionId, submissionId))
  return row?.reference
}

/** The service areas must exist and be published: ids a visitor could not have picked are refused. */
async function unknownAreas(payload: Payload, ids: number[]): Promise<boolean> {
  if (!ids.length) return false
  const unique = [...new Set(ids)]
  const [row] = await postgres(payload)
    .drizzle.select({ n: count() })
    .from(service_areas)
    .where(and(inArray(service_areas.id, unique), eq(service_areas._status, 'published')))
  return row?.n !== unique.length
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

  let payload: Payload
  try {
    payload = await deps.payload()
    const [existing, unknown] = await Promise.all([
      findBySubmission(payload, submissionId),
      unknownAreas(payload, areaIds),
    ])
    if (existing) return { kind: 'accepted', reference: existing, submissionId, duplicate: true }
    if (unknown) return { kind: 'invalid', errors: { areas: 'choice' } }

    const decision = await hitRateLimit(payload, ipHash, leadRateLimit())
    if (!decision.allowed) return { kind: 'rate-limited', retryAfterSeconds: decision.retryAfterSeconds }
  } catch (error) {
    console.error(`Lead not stored (database): ${(error as Error).message}`)
    return { kind: 'unavailable' }
  }

  const consentText = await deps.consentText().catch(() => '')
  const row = leadRow(input, {
    submissionId,
    receivedAt: new Date(now),
    spamReason: spamReason(input, now, options),
    ipHash,
    userAgent: client.userAgent,
    consentText,
  })
  try {
    const stored = await storeLead(payload, row, areaIds)
    return { kind: 'accepted', reference: stored.reference, submissionId, duplicate: stored.duplicate }
  } catch (error) {
    if (isMissingArea(error)) return { kind: 'invalid', errors: { areas: 'choice' } }
    console.error(`Lead not stored: ${(error as Error).message}`)
    return { kind: 'unavailable' }
  }
}

/** A fresh submission id for a form the server renders (no-JS error page). */
export const newSubmissionId = (): string => randomUUID()
