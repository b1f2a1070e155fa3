import type { Payload } from 'payload'

import { leads } from '@/payload-generated-schema'

import { postgres } from '../db/postgres'
import { LEAD_STATUSES, type LeadStatus } from '../leads/options'
import { countAll, receivedIn, weekOfArrival } from './scope'
import { weeksOf, type InsightsRange } from './range'

export type WeekByStatus = { week: string; counts: Record<LeadStatus, number>; total: number }

const zero = (): Record<LeadStatus, number> =>
  Object.fromEntries(LEAD_STATUSES.map((status) => [status, 0])) as Record<LeadStatus, number>

/** Enquiries per week of arrival by their status now, spam included; every week of the range, empty or not. */
export async function weeklyByStatus(payload: Payload, range: InsightsRange): Promise<WeekByStatus[]> {
  const rows = await postgres(payload)
    .drizzle.select({ week: weekOfArrival, status: leads.status, count: countAll })
    .from(leads)
    .where(receivedIn(range))
    .groupBy(weekOfArrival, leads.status)
  const byWeek = new Map(weeksOf(range).map((week) => [week, zero()]))
  for (const row of rows) {
    const counts = byWeek.get(row.week)
    if (counts) counts[row.status] += row.count
  }
  return [...byWeek].map(([week, counts]) => ({
    week,
    counts,
    total: Object.values(counts).reduce((a, b) => a + b, 0),
  }))
}
