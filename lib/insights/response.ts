import { sql } from '@payloadcms/db-postgres/drizzle'
import type { Payload } from 'payload'

import { leads } from '@/payload-generated-schema'

import { postgres } from '../db/postgres'
import { countAll, genuineIn, weekOfArrival } from './scope'
import { weeksOf, type InsightsRange } from './range'

/**
 * Time to first response of the genuine enquiries that arrived in a week: the median hours from arrival to the
 * first move out of `new` (`firstResponseAt`, set by the workflow) of those answered so far, how many arrived,
 * how many were answered, and how many of those within the SLA.
 */
export type ResponseFigures = {
  received: number
  answered: number
  withinSla: number
  medianHours: number | null
}
export type WeekResponse = ResponseFigures & { week: string }
export type ResponseTimes = { weeks: WeekResponse[]; overall: ResponseFigures }

const hours = sql<number>`extract(epoch FROM (${leads.firstResponseAt} - ${leads.receivedAt})) / 3600`

const figures = (slaHours: number) => ({
  received: countAll,
  answered: sql<number>`count(${leads.firstResponseAt})::int`,
  withinSla: sql<number>`count(*) FILTER (WHERE ${hours} <= ${slaHours}::double precision)::int`,
  // percentile_cont ignores the nulls of leads not answered yet; it is a double precision, which pg parses.
  medianHours: sql<number | null>`percentile_cont(0.5) WITHIN GROUP (ORDER BY ${hours})`,
})

/** Per week of arrival (every week of the range) and over the whole range. */
export async function responseTimes(
  payload: Payload,
  range: InsightsRange,
  slaHours: number,
): Promise<ResponseTimes> {
  const { drizzle } = postgres(payload)
  const [rows, [overall]] = await Promise.all([
    drizzle
      .select({ week: weekOfArrival, ...figures(slaHours) })
      .from(leads)
      .where(genuineIn(range))
      .groupBy(weekOfArrival),
    drizzle.select(figures(slaHours)).from(leads).where(genuineIn(range)),
  ])
  const byWeek = new Map(rows.map((row) => [row.week, row]))
  return {
    weeks: weeksOf(range).map(
      (week) => byWeek.get(week) ?? { week, received: 0, answered: 0, withinSla: 0, medianHours: null },
    ),
    overall: overall ?? { received: 0, answered: 0, withinSla: 0, medianHours: null },
  }
}
