import { sql, type SQL } from '@payloadcms/db-postgres/drizzle'
import type { Payload } from 'payload'

import { leads, leads_rels, payload_jobs } from '@/payload-generated-schema'

import { columnsOf } from '../db/columns'
import { postgres } from '../db/postgres'
import { prepared } from '../db/prepared'
import { COMPANY_WINDOW_DAYS, companyDomain, DUPLICATES_FIELD, normaliseEmail } from './duplicates'

/** A lead links to at most this many earlier leads, the most recent first: the admin shows a count and these. */
export const MAX_LINKED_DUPLICATES = 20

const lead = columnsOf(leads)
const rel = columnsOf(leads_rels)
const job = columnsOf(payload_jobs)
const p = (name: string) => sql.placeholder(name)
/**
 * The relationship's path as a literal, not a parameter: `ON CONFLICT … WHERE` must match the partial unique
 * index's predicate when the statement is planned. Our own constant, a plain word.
 */
const duplicatesPath = sql.raw(`'${DUPLICATES_FIELD.replace(/[^a-z]/gi, '')}'`)

const EMAIL = prepared<{ email: string }>(
  'link_duplicates_email',
  sql`SELECT ${lead('email')} AS email FROM ${leads} WHERE ${lead('id')} = ${p('id')}::int`,
)

/** The lead's own time, as a value the lookups' index conditions take (one read of the `me` CTE). */
const at = sql`(SELECT at FROM me)`

/**
 * Earlier than the lead (by time, then id), newest first, stopping at the cap: a backward walk of an index
 * ending in (received_at, id), migration 20261201_040000_duplicate_lookup_order.
 */
const earlier = (match: SQL) => sql`(
  SELECT ${lead('id')} AS id, ${lead('receivedAt')} AS received_at FROM ${leads}
  WHERE ${match} AND ${lead('receivedAt')} <= ${at}
    AND (${lead('receivedAt')} < ${at} OR ${lead('id')} < ${p('id')}::int)
  ORDER BY ${lead('receivedAt')} DESC, ${lead('id')} DESC
  LIMIT ${MAX_LINKED_DUPLICATES})`

/**
 * Finds and writes the links in one statement. The person (same email, any time) and the company (same domain
 * within the window; none for free mail) are looked up apart, each down its own index and stopping at the cap,
 * then merged newest first. The links are the rows Payload reads for the `duplicates` field (its relationship
 * table, 1-based order): those no longer found go, the others are inserted or given their new place. Two runs
 * for one lead at once (a retry after a lease ran out) meet on the unique index of migration
 * 20261201_000000_duplicate_links_unique, the second waiting for the first: one set of links. A named statement,
 * planned once per connection: the lead's time reaches the lookups as a value (`at`), not a join, and the
 * indexes hold the order, so the one plan suits a domain of one lead or of 25,000 (0.5 ms on the bench's data).
 */
const LINK = prepared<{ id: number }>(
  'link_duplicates',
  sql`
  WITH me AS (SELECT ${lead('receivedAt')} AS at FROM ${leads} WHERE ${lead('id')} = ${p('id')}::int),
  found AS (
    SELECT id, row_number() OVER (ORDER BY received_at DESC, id DESC) AS ord FROM (
      ${earlier(sql`lower(${lead('email')}) = ${p('email')}::text`)}
      UNION
      ${earlier(sql`${p('domain')}::text IS NOT NULL
        AND lower(split_part(${lead('email')}, '@', 2)) = ${p('domain')}::text
        AND ${lead('receivedAt')} >= ${at} - make_interval(days => ${COMPANY_WINDOW_DAYS})`)}
    ) AS merged
    ORDER BY received_at DESC, id DESC
    LIMIT ${MAX_LINKED_DUPLICATES}
  ), gone AS (
    DELETE FROM ${leads_rels}
    WHERE ${rel('parent')} = ${p('id')}::int AND ${rel('path')} = ${duplicatesPath}
      AND ${rel('leadsID')} NOT IN (SELECT id FROM found)
  ), finished AS (
    DELETE FROM ${payload_jobs} WHERE ${job('id')} = ${p('finishJob')}::int
  ), linked AS (
    INSERT INTO ${leads_rels} (${rel('order')}, ${rel('parent')}, ${rel('path')}, ${rel('leadsID')})
    SELECT ord, ${p('id')}::int, ${duplicatesPath}, id FROM found
    ON CONFLICT (${rel('parent')}, ${rel('leadsID')}) WHERE ${rel('path')} = ${duplicatesPath}
    DO UPDATE SET ${rel('order')} = excluded.${rel('order')}
  )
  SELECT id FROM found ORDER BY ord`,
)

/**
 * Links a lead to the earlier leads from the same person (same email, any time) or the same company (same
 * email domain within 90 days; free-mail domains never match). Runs as a job after the lead is stored, so the
 * form's request never waits on it; running it twice (two workers, a retry) writes the same links.
 * Two round trips (the address, then the statement above). Returns the ids linked.
 */
export async function linkDuplicates(payload: Payload, leadId: number): Promise<number[]> {
  const [row] = await EMAIL(postgres(payload).pool, { id: leadId })
  if (!row) return []
  return linkDuplicatesOf(payload, leadId, row.email)
}

/**
 * The same, for a lead whose address the caller has read (the queue reads a batch's leads at once): one round
 * trip, the queue runs it for every lead. `finishJob`: the job deleted in the same statement, its work done.
 */
export async function linkDuplicatesOf(
  payload: Payload,
  leadId: number,
  address: string,
  finishJob: number | null = null,
): Promise<number[]> {
  const email = normaliseEmail(address)
  const found = await LINK(postgres(payload).pool, {
    id: leadId,
    email,
    domain: companyDomain(email),
    finishJob,
  })
  return found.map((x) => x.id)
}
