import { sql } from '@payloadcms/db-postgres/drizzle'
import type { Payload } from 'payload'

import { leads, payload_jobs } from '@/payload-generated-schema'

import type { LeadEmailKind } from './emails'
import { prepared } from '../db/prepared'
import { postgres } from '../db/postgres'

export type NotificationUpdate =
  | { state: 'sent'; providerId: string }
  | { state: 'pending' | 'failed'; error: string }
  /**
   * Decided not to send (no attempt counted); `error` says why. Recorded only over `pending`:
   * if the same job ran twice at once and the other run sent it, `sent` stays.
   */
  | { state: 'skipped'; error: string }

const column = (key: keyof typeof leads._.columns) => sql.identifier(leads[key].name)

/** The columns of each email's group on the lead (the leads collection's `salesNotification` and `confirmation`). */
const GROUPS = {
  sales: {
    state: column('salesNotification_state'),
    attempts: column('salesNotification_attempts'),
    sentAt: column('salesNotification_sentAt'),
    providerId: column('salesNotification_providerId'),
    lastError: column('salesNotification_lastError'),
  },
  confirmation: {
    state: column('confirmation_state'),
    attempts: column('confirmation_attempts'),
    sentAt: column('confirmation_sentAt'),
    providerId: column('confirmation_providerId'),
    lastError: column('confirmation_lastError'),
  },
} as const

const p = (name: string) => sql.placeholder(name)

const jobId = sql.identifier(payload_jobs.id.name)

/**
 * A named statement per email kind: the queue records an attempt for every email it sends. With a job id, the
 * same statement deletes that job (its email is done): one round trip, and the record and the job's end
 * commit together.
 */
function recordStatement(kind: LeadEmailKind) {
  const c = GROUPS[kind]
  return prepared<{ attempts: string | null }>(
    `record_${kind}_attempt`,
    sql`WITH finished AS (DELETE FROM ${payload_jobs} WHERE ${jobId} = ${p('finishJob')}::int)
    UPDATE ${leads} SET
      ${c.state} = ${p('state')},
      ${c.attempts} = coalesce(${c.attempts}, 0) + CASE WHEN ${p('counted')}::boolean THEN 1 ELSE 0 END,
      ${c.sentAt} = CASE WHEN ${p('sent')}::boolean THEN now() ELSE ${c.sentAt} END,
      ${c.providerId} = CASE WHEN ${p('sent')}::boolean THEN ${p('providerId')}::varchar ELSE ${c.providerId} END,
      ${c.lastError} = CASE WHEN ${p('sent')}::boolean THEN NULL ELSE ${p('error')}::varchar END
    WHERE ${column('id')} = ${p('leadId')} AND (${p('counted')}::boolean OR ${c.state} = 'pending')
    RETURNING ${c.attempts} AS attempts`,
  )
}

const RECORD = { sales: recordStatement('sales'), confirmation: recordStatement('confirmation') }

/**
 * Records one attempt at one email of a lead, touching only that email's columns, in one
 * statement: the sales and confirmation jobs run in parallel, and a whole-document update
 * from one would overwrite what the other just wrote. Returns the attempt number.
 * The lead's `updatedAt` stays: it says when a person last changed the lead, and an update that
 * touches no indexed column can stay on the row's page (a HOT update) without writing to the
 * lead's indexes (its search indexes included), twice for every lead. `finishJob`: the job to delete with it.
 */
export async function recordAttempt(
  payload: Payload,
  leadId: number,
  kind: LeadEmailKind,
  update: NotificationUpdate,
  finishJob: number | null = null,
): Promise<number> {
  const sent = update.state === 'sent'
  const [row] = await RECORD[kind](postgres(payload).pool, {
    leadId,
    state: update.state,
    sent,
    providerId: sent ? update.providerId : null,
    error: sent ? null : update.error.slice(0, 500),
    counted: update.state !== 'skipped',
    finishJob,
  })
  return Number(row?.attempts ?? 0)
}
