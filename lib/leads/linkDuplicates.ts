import { and, desc, eq, gte, lt, ne, or, sql } from '@payloadcms/db-postgres/drizzle'
import type { Payload } from 'payload'

import { leads } from '@/payload-generated-schema'

import { postgres } from '../db/postgres'
import { COMPANY_WINDOW_DAYS, companyDomain, normaliseEmail } from './duplicates'

/** A lead links to at most this many earlier leads, the most recent first: the admin shows a count and these. */
export const MAX_LINKED_DUPLICATES = 20

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
  const { drizzle } = postgres(payload)
  const [lead] = await drizzle
    .select({ email: leads.email, receivedAt: leads.receivedAt })
    .from(leads)
    .where(eq(leads.id, leadId))
  if (!lead) return []
  const email = normaliseEmail(lead.email)
  const domain = companyDomain(email)
  const receivedAt = new Date(lead.receivedAt)
  const since = new Date(receivedAt.getTime() - COMPANY_WINDOW_DAYS * 86_400_000).toISOString()

  const sameCompany = domain ? and(sql`${domainKey} = ${domain}`, gte(leads.receivedAt, since)) : undefined
  const earlier = await drizzle
    .select({ id: leads.id })
    .from(leads)
    .where(
      and(
        ne(leads.id, leadId),
        // Earlier only: a later lead links to this one, not the other way round.
        or(
          lt(leads.receivedAt, lead.receivedAt),
          and(eq(leads.receivedAt, lead.receivedAt), lt(leads.id, leadId)),
        ),
        or(sql`${emailKey} = ${email}`, sameCompany),
      ),
    )
    .orderBy(desc(leads.receivedAt), desc(leads.id))
    .limit(MAX_LINKED_DUPLICATES)
  const ids = earlier.map((row) => row.id)
  if (ids.length) {
    await payload.db.updateOne({
      collection: 'leads',
      id: leadId,
      data: { duplicates: ids },
      returning: false,
    })
  }
  return ids
}
