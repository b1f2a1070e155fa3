import { sql, type Column, type Table } from '@payloadcms/db-postgres/drizzle'
import type { NodePgDatabase } from '@payloadcms/db-postgres/drizzle/node-postgres'
import type { Payload } from 'payload'

import { closing_cta, leads, leads_rels, service_areas } from '@/payload-generated-schema'

import { intArrayParam } from '../db/prepared'
import { intakeDbOf } from './intakeDb'
import type { EmailLead, FormCopy } from './emails'

/** A column named with its table (Drizzle leaves the table out in a one-table select, where a subquery needs it). */
const q = (table: Table, column: Column) => sql`${table}.${sql.identifier(column.name)}`

/** The two reads of the queue's hot path, prepared once per pool (named statements: parsed and planned once). */
function statementsOf(db: NodePgDatabase) {
  return {
    lead: db
      .select({
        id: leads.id,
        reference: leads.reference,
        name: leads.name,
        email: leads.email,
        company: leads.company,
        role: leads.role,
        cloud: leads.cloud,
        timeline: leads.timeline,
        message: leads.message,
        utmSource: leads.context_utmSource,
        utmMedium: leads.context_utmMedium,
        utmCampaign: leads.context_utmCampaign,
        utmTerm: leads.context_utmTerm,
        utmContent: leads.context_utmContent,
        referrer: leads.context_referrer,
        landingPath: leads.context_landingPath,
        decideOutcome: leads.context_decideOutcome,
        salesState: leads.salesNotification_state,
        salesAttempts: leads.salesNotification_attempts,
        salesProviderId: leads.salesNotification_providerId,
        confirmationState: leads.confirmation_state,
        confirmationAttempts: leads.confirmation_attempts,
        confirmationProviderId: leads.confirmation_providerId,
        // Its service areas' titles in the order chosen.
        areas: sql<(string | null)[]>`ARRAY(
          SELECT ${q(service_areas, service_areas.title)} FROM ${leads_rels}
          JOIN ${service_areas} ON ${q(service_areas, service_areas.id)} = ${q(leads_rels, leads_rels['service-areasID'])}
          WHERE ${q(leads_rels, leads_rels.parent)} = ${q(leads, leads.id)} ORDER BY ${q(leads_rels, leads_rels.order)})`,
      })
      .from(leads)
      .where(sql`${leads.id} = ANY(${sql.placeholder('ids')}::int[])`)
      .prepare('leads_for_email'),
    words: db
      .select({
        subject: closing_cta.form_confirmationEmail_subject,
        greeting: closing_cta.form_confirmationEmail_greeting,
        body: closing_cta.form_confirmationEmail_body,
        summaryLabel: closing_cta.form_confirmationEmail_summaryLabel,
        signature: closing_cta.form_confirmationEmail_signature,
        areas: closing_cta.form_labels_areas,
        timeline: closing_cta.form_labels_timeline,
      })
      .from(closing_cta)
      .limit(1)
      .prepare('confirmation_words'),
  }
}

const prepared = new WeakMap<NodePgDatabase, ReturnType<typeof statementsOf>>()

function statements(payload: Payload) {
  const { drizzle } = intakeDbOf(payload)
  let found = prepared.get(drizzle)
  if (!found) prepared.set(drizzle, (found = statementsOf(drizzle)))
  return found
}

/**
 * What the emails of these leads say about them, read in one indexed query (the rows and their service areas'
 * titles) instead of a Payload read at depth 1 each: the queue sends hundreds of these a second, and reads the
 * leads of a whole batch of jobs at once. A lead that is gone (erased, or purged as spam) is not in the map.
 */
export async function leadsForEmail(payload: Payload, ids: number[]): Promise<Map<number, EmailLead>> {
  const rows = ids.length ? await statements(payload).lead.execute({ ids: intArrayParam(ids) }) : []
  return new Map(rows.map((row) => [row.id, emailLeadOf(row)]))
}

/** One lead's, as above; null when it is gone. */
export async function leadForEmail(payload: Payload, id: number): Promise<EmailLead | null> {
  return (await leadsForEmail(payload, [id])).get(id) ?? null
}

type LeadRow = Awaited<ReturnType<ReturnType<typeof statementsOf>['lead']['execute']>>[number]

function emailLeadOf(row: LeadRow): EmailLead {
  return {
    id: row.id,
    reference: row.reference,
    name: row.name,
    email: row.email,
    company: row.company,
    role: row.role,
    cloud: row.cloud,
    timeline: row.timeline,
    message: row.message,
    context: {
      utmSource: row.utmSource,
      utmMedium: row.utmMedium,
      utmCampaign: row.utmCampaign,
      utmTerm: row.utmTerm,
      utmContent: row.utmContent,
      referrer: row.referrer,
      landingPath: row.landingPath,
      decideOutcome: row.decideOutcome,
    },
    areas: (row.areas ?? []).flatMap((title) => (title ? [{ title }] : [])),
    salesNotification: {
      state: row.salesState,
      attempts: row.salesAttempts,
      providerId: row.salesProviderId,
    },
    confirmation: {
      state: row.confirmationState,
      attempts: row.confirmationAttempts,
      providerId: row.confirmationProviderId,
    },
  }
}

/** The confirmation's words as published in the CMS (closing-cta → form), read in one query. */
export async function confirmationWords(payload: Payload): Promise<FormCopy | null> {
  const [row] = await statements(payload).words.execute()
  if (!row) return null
  return {
    confirmationEmail: {
      subject: row.subject ?? '',
      greeting: row.greeting ?? '',
      body: row.body ?? '',
      summaryLabel: row.summaryLabel ?? '',
      signature: row.signature ?? '',
    },
    labels: { areas: row.areas ?? '', timeline: row.timeline ?? '' },
  }
}
