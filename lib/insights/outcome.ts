import { sql } from '@payloadcms/db-postgres/drizzle'
import type { Payload } from 'payload'

import { leads } from '@/payload-generated-schema'

import { topValues, type Breakdown } from './breakdown'
import type { InsightsRange } from './range'

/** The decide tree's outcome the visitor arrived with (`?outcome=`), or null when they came another way. */
const outcomeOf = sql<string | null>`nullif(btrim(${leads.context_decideOutcome}), '')`

/** Genuine enquiries in the range by decide-tree outcome, the most frequent first. */
export const byOutcome = (payload: Payload, range: InsightsRange, total: number): Promise<Breakdown> =>
  topValues(payload, range, total, outcomeOf)
