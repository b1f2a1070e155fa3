import { Forbidden, type Payload } from 'payload'

import { canViewInsights } from '../access/canViewInsights'
import { slaHours } from '../env/leads'
import { byArea, type AreaRow } from './areas'
import type { Breakdown } from './breakdown'
import { funnel, type Funnel } from './funnel'
import { byOutcome } from './outcome'
import type { InsightsRange } from './range'
import { responseTimes, type ResponseTimes } from './response'
import { bySource } from './source'
import { totals, type Totals } from './totals'
import { weeklyByStatus, type WeekByStatus } from './weekly'

export type Insights = {
  range: InsightsRange
  totals: Totals
  weekly: WeekByStatus[]
  source: Breakdown
  outcome: Breakdown
  areas: AreaRow[]
  funnel: Funnel
  response: ResponseTimes
  slaHours: number
}

/**
 * Everything `/admin/insights` shows for a range, each figure aggregated in Postgres (no lead is read into
 * memory): counts, never who. Refused to anyone but staff, whatever calls it.
 */
export async function loadInsights(
  payload: Payload,
  user: Parameters<typeof canViewInsights>[0],
  range: InsightsRange,
): Promise<Insights> {
  if (!canViewInsights(user)) throw new Forbidden()
  const sla = slaHours()
  const counted = await totals(payload, range)
  const [weekly, source, outcome, areas, funnelFigures, response] = await Promise.all([
    weeklyByStatus(payload, range),
    bySource(payload, range, counted.genuine),
    byOutcome(payload, range, counted.genuine),
    byArea(payload, range),
    funnel(payload, range),
    responseTimes(payload, range, sla),
  ])
  return {
    range,
    totals: counted,
    weekly,
    source,
    outcome,
    areas,
    funnel: funnelFigures,
    response,
    slaHours: sla,
  }
}
