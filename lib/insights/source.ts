import { sql } from '@payloadcms/db-postgres/drizzle'
import type { Payload } from 'payload'

import { leads } from '@/payload-generated-schema'

import { topValues, type Breakdown } from './breakdown'
import type { InsightsRange } from './range'

/**
 * Where a lead came from, in SQL: its UTM source (trimmed), else the host of its referrer (lower case, without
 * user info or port), else null. The same rule as `leadSource` in lib/webhooks/message.ts, which webhooks
 * send; tests/insights.test.ts checks both give the same answer. No parameters inside, so GROUP BY can
 * repeat it.
 */
export const sourceOf = sql<string | null>`coalesce(
  nullif(btrim(${leads.context_utmSource}), ''),
  lower(substring(${leads.context_referrer} from '^[A-Za-z][A-Za-z0-9+.-]*://(?:[^/?#@]*@)?([^/?#:]+)'))
)`

/** Genuine enquiries in the range by source, the most frequent first. */
export const bySource = (payload: Payload, range: InsightsRange, total: number): Promise<Breakdown> =>
  topValues(payload, range, total, sourceOf)
