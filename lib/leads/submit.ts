import { createHash, randomUUID } from 'node:crypto'

import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { createLocalReq, type Payload } from 'payload'

import type { Lead } from '@/payload-types'

import { leadRateLimit, minFillMs } from '../env/leads'
import { hashIp, type ClientInfo } from './client'
import { hitRateLimit } from './rateLimit'
import { fieldErrors, leadSchema, type FieldErrors, type LeadSubmission } from './schema'

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

const isUniqueViolation = (error: unknown) => {
  const e = error as { code?: string; cause?: { code?: string }; message?: string } | null
  return e?.code === '23505' || e?.cause?.code === '23505' || /unique|duplicate key/i.test(e?.message ?? '')
}

const pool = (payload: Payload) => (payload.db as unknown as PostgresAdapter).pool

/** The reference of the lead already stored for this submission id (one indexed lookup). */
async function findBySubmission(payload: Payload, submissionId: string): Promise<string | undefined> {
  const { rows } = await pool(payload).query<{ reference: string }>(
    'SELECT reference FROM leads WHERE submission_id = $1',
    [submissionId],
  )
  return rows[0]?.reference
}

type PayloadValidationError = { status: number; data: { errors: { path: string }[] } }

/**
 * Payload's ValidationError, recognised by shape: in the production bundle its class and
 * name are minified, so neither `instanceof` nor `name` can be relied on.
 */
const asValidationError = (error: unknown): PayloadValidationError | null => {
  const e = error as Partial<PayloadValidationError> | null
  return e?.status === 400 && Array.isArray(e.data?.errors) ? (e as PayloadValidationError) : null
}

/** Payload's own validation → field errors. */
function payloadFieldErrors(error: PayloadValidationError): FieldErrors {
  const out: FieldErrors = {}
  for (const e of error.data.errors) out[e.path.split('.')[0]] ??= e.path.startsWith('areas') ? 'choice' : 'type'
  return out
}

/** The service areas must exist and be published: ids a visitor could not have picked are refused. */
async function unknownAreas(payload: Payload, ids: number[]): Promise<boolean> {
  if (!ids.length) return false
  const unique = [...new Set(ids)]
  const { rows } = await pool(payload).query<{ n: string }>(
    `SELECT count(*) AS n FROM service_areas WHERE id = ANY($1::int[]) AND _status = 'published'`,
    [unique],
  )
  return Number(rows[0].n) !== unique.length
}

/**
 * The whole server side of "Start a project": validate, classify spam, dedupe by submission
 * id, apply the per-IP limit, and store the lead (its email jobs are queued by the
 * collection's hook in the same transaction). Success is only returned after the commit.
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
  const areaIds = (input.areas ?? []).map(Number)

  let payload: Payload
  try {
    payload = await deps.payload()
    const existing = await findBySubmission(payload, submissionId)
    if (existing) return { kind: 'accepted', reference: existing, submissionId, duplicate: true }

    if (await unknownAreas(payload, areaIds)) return { kind: 'invalid', errors: { areas: 'choice' } }

    const decision = await hitRateLimit(payload, ipHash, leadRateLimit())
    if (!decision.allowed) return { kind: 'rate-limited', retryAfterSeconds: decision.retryAfterSeconds }
  } catch (error) {
    console.error(`Lead not stored (database): ${(error as Error).message}`)
    return { kind: 'unavailable' }
  }

  const spam = spamReason(input, now, options)
  const consentText = await deps.consentText().catch(() => '')
  const transactionID = await payload.db.beginTransaction().catch(() => null)
  if (transactionID === null) return { kind: 'unavailable' }
  const req = await createLocalReq({}, payload)
  req.transactionID = transactionID
  try {
    const lead = await payload.create({
      collection: 'leads',
      overrideAccess: true,
      depth: 0,
      req,
      data: {
        submissionId,
        name: input.name,
        email: input.email,
        company: input.company,
        role: input.role || undefined,
        areas: areaIds,
        cloud: input.cloud as Lead['cloud'],
        timeline: input.timeline as Lead['timeline'],
        message: input.message || undefined,
        consent: true,
        consentText,
        context: {
          utmSource: input.utmSource,
          utmMedium: input.utmMedium,
          utmCampaign: input.utmCampaign,
          utmTerm: input.utmTerm,
          utmContent: input.utmContent,
          referrer: input.referrer,
          landingPath: input.landingPath,
          decideOutcome: input.decideOutcome,
        },
        spam: spam !== null,
        spamReason: spam ?? undefined,
        ipHash,
        userAgent: client.userAgent,
        // Set by the collection's stampArrival hook; present here only to satisfy the type.
        reference: '',
        receivedAt: new Date(now).toISOString(),
        status: 'new',
      },
    })
    await payload.db.commitTransaction(transactionID)
    return { kind: 'accepted', reference: lead.reference, submissionId, duplicate: false }
  } catch (error) {
    await payload.db.rollbackTransaction(transactionID).catch(() => {})
    const validation = asValidationError(error)
    const sameSubmission = validation
      ? validation.data.errors.some((e) => e.path === 'submissionId')
      : isUniqueViolation(error)
    if (validation && !sameSubmission) return { kind: 'invalid', errors: payloadFieldErrors(validation) }
    if (sameSubmission) {
      // The same submission arrived twice at once: the other request stored it.
      const existing = await findBySubmission(payload, submissionId).catch(() => undefined)
      if (existing) return { kind: 'accepted', reference: existing, submissionId, duplicate: true }
    }
    console.error(`Lead not stored: ${(error as Error).message}`)
    return { kind: 'unavailable' }
  }
}

/** A fresh submission id for a form the server renders (no-JS error page). */
export const newSubmissionId = (): string => randomUUID()
