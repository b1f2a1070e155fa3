import { desc, sql } from '@payloadcms/db-postgres/drizzle'
import type { Payload } from 'payload'

import { leads } from '@/payload-generated-schema'

import { postgres } from '../db/postgres'
import { TOP_VALUES, withOther, type Breakdown } from './breakdown'
import { countAll, genuineIn } from './scope'
import type { InsightsRange } from './range'

/** The decide tree's outcome the visitor arrived with (`?outcome=`), or null when they came another way. */
const outcomeOf = sql<string | null>`nullif(btrim(${leads.context_decideOutcome}), '')`

/** Genuine enquiries in the range by decide-tree outcome, the most frequent first. */
export async function byOutcome(payload: Payload, range: InsightsRange, total: number): Promise<Breakdown> {
  const rows = await postgres(payload)
    .drizzle.select({ key: outcomeOf, count: countAll })
    .from(leads)
    .where(genuineIn(range))
    .groupBy(outcomeOf)
    .orderBy(desc(countAll), outcomeOf)
    .limit(TOP_VALUES)
  return withOther(rows, total)
}
