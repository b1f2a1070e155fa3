import { and, asc, desc, eq, sql } from '@payloadcms/db-postgres/drizzle'
import type { Payload } from 'payload'

import { leads, leads_rels, service_areas } from '@/payload-generated-schema'

import { postgres } from '../db/postgres'
import { genuineIn } from './scope'
import type { InsightsRange } from './range'

/** An area (null: enquiries that chose none) and how many genuine enquiries in the range chose it. */
export type AreaRow = { id: number | null; title: string | null; count: number }

const leadCount = sql<number>`count(DISTINCT ${leads.id})::int`

/**
 * Genuine enquiries in the range by the service areas they chose, the most chosen first. An enquiry may choose
 * several areas, so the counts add up to more than the enquiries.
 */
export async function byArea(payload: Payload, range: InsightsRange): Promise<AreaRow[]> {
  return postgres(payload)
    .drizzle.select({ id: service_areas.id, title: service_areas.title, count: leadCount })
    .from(leads)
    .leftJoin(leads_rels, and(eq(leads_rels.parent, leads.id), eq(leads_rels.path, 'areas')))
    .leftJoin(service_areas, eq(service_areas.id, leads_rels['service-areasID']))
    .where(genuineIn(range))
    .groupBy(service_areas.id, service_areas.title)
    .orderBy(desc(leadCount), asc(service_areas.title))
}
