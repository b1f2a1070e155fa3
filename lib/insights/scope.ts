import { and, gte, lt, ne, sql } from '@payloadcms/db-postgres/drizzle'

import { leads } from '@/payload-generated-schema'

import type { InsightsRange } from './range'

/** Leads received in the range (`received_at` is indexed, alone and after `status`). */
export const receivedIn = (range: InsightsRange) =>
  and(gte(leads.receivedAt, range.start), lt(leads.receivedAt, range.end))

/** Genuine enquiries received in the range: everything but the weekly chart leaves spam out. */
export const genuineIn = (range: InsightsRange) => and(receivedIn(range), ne(leads.status, 'spam'))

/**
 * The Monday (UTC) of the week a lead arrived, as `YYYY-MM-DD`: Postgres weeks start on Monday, like the
 * dashboard's `startOfWeek`. No parameters inside, so GROUP BY can repeat it.
 */
export const weekOfArrival = sql<string>`to_char(date_trunc('week', ${leads.receivedAt} AT TIME ZONE 'UTC'), 'YYYY-MM-DD')`

/** `count(*)` as a JS number (Postgres counts in bigint, which pg hands over as a string). */
export const countAll = sql<number>`count(*)::int`
