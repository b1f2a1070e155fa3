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
