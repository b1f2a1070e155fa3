import { and, desc, eq, gte, lt, ne, or, sql, type SQL } from '@payloadcms/db-postgres/drizzle'
import type { Payload } from 'payload'

import { leads, leads_rels } from '@/payload-generated-schema'

import { postgres } from '../db/postgres'
import { COMPANY_WINDOW_DAYS, companyDomain, DUPLICATES_FIELD, normaliseEmail } from './duplicates'

/** A lead links to at most this many earlier leads, the most recent first: the admin shows a count and these. */
export const MAX_LINKED_DUPLICATES = 20

/** The advisory-lock namespace of duplicate linking (any constant of our own; the lead id is the key). */
const LINK_LOCK = 0x4c4b

// The same expressions as the indexes of migration 20261130_164911_lead_intake, so both lookups use them.
const emailKey = sql`lower(${leads.email})`
const domainKey = sql`lower(split_part(${leads.email}, '@', 2))`

/**
 * Links a lead to the earlier leads from the same person (same email, any time) or the same company (same
 * email domain within 90 days; free-mail domains never match). Runs as a job after the lead is stored, so the
 * form's request never waits on it; running it twice (two workers, a retry) writes the same links.
 * Returns the ids linked.
 */
export async function linkDuplicates(payload: Payload, leadId: number): Promise<number[]> {
  return postgres(payload).drizzle.transaction(async (tx) => {
    // One run per lead at a time (a retry after a lease ran out waits for the first, then reads and writes the
    // same links), held by an advisory lock rather than a row lock: the lead's emails update its row meanwhile.
    const [lead] = await tx
      .select({
        email: leads.email,
        receivedAt: leads.receivedAt,
        locked: sql`pg_advisory_xact_lock(${LINK_LOCK}, ${leads.id})`,
      })
      .from(leads)
      .where(eq(leads.id, leadId))
    if (!lead) return []
    const email = normaliseEmail(lead.email)
    const domain = companyDomain(email)
    const receivedAt = new Date(lead.receivedAt)
    const since = new Date(receivedAt.getTime() - COMPANY_WINDOW_DAYS * 86_400_000).toISOString()

    // Earlier only: a later lead links to this one, not the other way round. The person and the company are
    // looked up apart, newest first, each down its own index and stopping at the cap; then merged.
    const earlier = (match: SQL | undefined) =>
      tx
        .select({ id: leads.id, receivedAt: leads.receivedAt })
        .from(leads)
        .where(
          and(
            ne(leads.id, leadId),
            or(
              lt(leads.receivedAt, lead.receivedAt),
              and(eq(leads.receivedAt, lead.receivedAt), lt(leads.id, leadId)),
            ),
            match,
          ),
        )
        .orderBy(desc(leads.receivedAt), desc(leads.id))
        .limit(MAX_LINKED_DUPLICATES)
    // One after the other: they share the transaction's connection.
    const person = await earlier(sql`${emailKey} = ${email}`)
    const company = domain
      ? await earlier(and(sql`${domainKey} = ${domain}`, gte(leads.receivedAt, since)))
      : []
    const ids = [...new Map([...person, ...company].map((row) => [row.id, row])).values()]
      .sort((a, b) => b.receivedAt.localeCompare(a.receivedAt) || b.id - a.id)
      .slice(0, MAX_LINKED_DUPLICATES)
      .map((row) => row.id)

    // The rows Payload reads for the `duplicates` field (its relationship table, path `duplicates`, 1-based
    // order), written directly: Payload's update of one relationship field costs several times this.
    await tx
      .delete(leads_rels)
      .where(and(eq(leads_rels.parent, leadId), eq(leads_rels.path, DUPLICATES_FIELD)))
    if (ids.length)
      await tx
        .insert(leads_rels)
        .values(ids.map((id, i) => ({ order: i + 1, parent: leadId, path: DUPLICATES_FIELD, leadsID: id })))
    return ids
  })
}
