import { leadsListUrl } from '../leads/adminUrl'
import type { LeadStatus } from '../leads/options'
import type { InsightsRange } from './range'

const WEEK_MS = 7 * 86_400_000

/** The lead list filtered to one week of the range (clipped to the range) and one status: what a count counted. */
export function weekListUrl(range: InsightsRange, week: string, status: LeadStatus): string {
  const monday = new Date(`${week}T00:00:00Z`)
  const from = new Date(Math.max(monday.getTime(), new Date(range.start).getTime())).toISOString()
  const to = new Date(Math.min(monday.getTime() + WEEK_MS, new Date(range.end).getTime())).toISOString()
  return leadsListUrl([
    { receivedAt: { greater_than_equal: from } },
    { receivedAt: { less_than: to } },
    { status: { equals: status } },
  ])
}
