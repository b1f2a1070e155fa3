import { sql } from '@payloadcms/db-postgres/drizzle'
import type { Payload } from 'payload'

import { leads } from '@/payload-generated-schema'

import { postgres } from '../db/postgres'
import { receivedIn } from './scope'
import type { InsightsRange } from './range'

export type Totals = { genuine: number; spam: number }

/** Enquiries received in the range: genuine ones (every chart but the weekly one counts only these) and spam. */
export async function totals(payload: Payload, range: InsightsRange): Promise<Totals> {
  const [row] = await postgres(payload)
    .drizzle.select({
      genuine: sql<number>`count(*) FILTER (WHERE ${leads.status} <> 'spam')::int`,
      spam: sql<number>`count(*) FILTER (WHERE ${leads.status} = 'spam')::int`,
    })
    .from(leads)
    .where(receivedIn(range))
  return row ?? { genuine: 0, spam: 0 }
}
