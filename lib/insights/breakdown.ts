import { desc, type SQL } from '@payloadcms/db-postgres/drizzle'
import type { Payload } from 'payload'

import { leads } from '@/payload-generated-schema'

import { postgres } from '../db/postgres'
import { countAll, genuineIn } from './scope'
import type { InsightsRange } from './range'

/** One bar of a breakdown: a value (null: none given) and how many genuine enquiries in the range had it. */
export type BreakdownRow = { key: string | null; count: number }

/**
 * A breakdown's most frequent values, and what the rest add up to (`other`), so a long tail of one-off
 * values (referrer hosts, hand-typed UTM sources) stays one bar.
 */
export type Breakdown = { rows: BreakdownRow[]; other: number }

/** How many values a breakdown shows by name. */
export const TOP_VALUES = 10

/** The top rows (as the query returned them, most frequent first) and the remainder of `total` as `other`. */
export function withOther(rows: BreakdownRow[], total: number): Breakdown {
  const shown = rows.reduce((sum, row) => sum + row.count, 0)
  return { rows, other: Math.max(0, total - shown) }
}

/**
 * Genuine enquiries in the range by one value of a lead (`valueOf`: SQL with no parameters inside, so GROUP
 * BY can repeat it): the `TOP_VALUES` most frequent values first, ties by value, the rest of `total` as
 * `other`.
 */
export async function topValues(
  payload: Payload,
  range: InsightsRange,
  total: number,
  valueOf: SQL<string | null>,
): Promise<Breakdown> {
  const rows = await postgres(payload)
    .drizzle.select({ key: valueOf, count: countAll })
    .from(leads)
    .where(genuineIn(range))
    .groupBy(valueOf)
    .orderBy(desc(countAll), valueOf)
    .limit(TOP_VALUES)
  return withOther(rows, total)
}
