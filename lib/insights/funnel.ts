import { and, eq, sql, type SQLWrapper } from '@payloadcms/db-postgres/drizzle'
import type { Payload } from 'payload'

import { leads, leads_activity } from '@/payload-generated-schema'

import { postgres } from '../db/postgres'
import { PIPELINE } from '../leads/workflow'
import { countAll, genuineIn } from './scope'
import type { InsightsRange } from './range'

/** How far genuine enquiries received in the range got: each step counts the leads that reached it or went past. */
export type Funnel = {
  received: number
  contacted: number
  qualified: number
  proposal: number
  won: number
  lost: number
}

/**
 * A status's step along the pipeline (new 0 … proposal 3); `won` is past every step (steps may be skipped on
 * the way), `lost` and `spam` are none (a lead lost straight from new got no further than new).
 */
const step = (status: SQLWrapper) =>
  sql<number>`CASE ${status}::text ${sql.join(
    [
      ...PIPELINE.map((s, i) => sql`WHEN ${s} THEN ${sql.raw(String(i))}`),
      sql`WHEN 'won' THEN ${sql.raw(String(PIPELINE.length))}`,
    ],
    sql` `,
  )} ELSE 0 END`

/**
 * The furthest step a lead reached: its status now, or any status its history says it held (a won lead
 * reopened to contacted still reached the end; a lead lost from proposal reached proposal). Read with one hash
 * join of the range's leads to their history, grouped per lead: a subquery per lead was 3–4 times slower at a
 * year of leads, and its cost estimate made Postgres JIT-compile it (a second more).
 */
const furthest = sql<number>`greatest(${step(leads.status)}, max(${step(leads_activity.from)}), max(${step(leads_activity.to)}))`

/** The funnel new → contacted → qualified → proposal → won | lost of the genuine enquiries in the range. */
export async function funnel(payload: Payload, range: InsightsRange): Promise<Funnel> {
  const { drizzle } = postgres(payload)
  const perLead = drizzle
    .select({ status: leads.status, reached: furthest.as('reached') })
    .from(leads)
    .leftJoin(leads_activity, and(eq(leads_activity._parentID, leads.id), eq(leads_activity.kind, 'status')))
    .where(genuineIn(range))
    .groupBy(leads.id)
    .as('per_lead')
  const reached = (status: (typeof PIPELINE)[number]) =>
    sql<number>`count(*) FILTER (WHERE ${perLead.reached} >= ${sql.raw(String(PIPELINE.indexOf(status)))})::int`
  const [row] = await drizzle
    .select({
      received: countAll,
      contacted: reached('contacted'),
      qualified: reached('qualified'),
      proposal: reached('proposal'),
      won: sql<number>`count(*) FILTER (WHERE ${perLead.status} = 'won')::int`,
      lost: sql<number>`count(*) FILTER (WHERE ${perLead.status} = 'lost')::int`,
    })
    .from(perLead)
  return row ?? { received: 0, contacted: 0, qualified: 0, proposal: 0, won: 0, lost: 0 }
}
