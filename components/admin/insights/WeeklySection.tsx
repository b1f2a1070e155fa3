import type { WeekByStatus } from '@/lib/insights/weekly'
import { LEAD_STATUSES, type LeadStatus } from '@/lib/leads/options'

import { ChartFigure } from './ChartFigure'
import { longDay } from './format'
import { InsightsTable } from './InsightsTable'
import { STATUS_COLOURS } from './palette'
import { StackedBars } from './StackedBars'

const label = (status: LeadStatus) => status[0]!.toUpperCase() + status.slice(1)

/**
 * Enquiries per week by status. `listUrl` (sales and admins only) links each count to the lead list filtered
 * to the same week and status.
 */
export function WeeklySection({
  weeks,
  listUrl,
}: {
  weeks: WeekByStatus[]
  listUrl?: (week: string, status: LeadStatus) => string
}) {
  const id = 'insights-weekly'
  return (
    <ChartFigure
      id={id}
      title="Enquiries per week"
      description="Every enquiry by the week it arrived (weeks start on Monday, UTC) and its status now, spam included."
      chart={
        <StackedBars
          id={id}
          bars={weeks.map((w) => ({ week: w.week, values: w.counts, total: w.total }))}
          segments={LEAD_STATUSES.map((s) => ({ key: s, label: label(s), colour: STATUS_COLOURS[s] }))}
        />
      }
      table={
        <InsightsTable name="weekly" columns={['Week of', ...LEAD_STATUSES.map(label), 'Total']}>
          {weeks.map((w) => (
            <tr key={w.week} data-key={w.week}>
              <th scope="row" className="insights-head">
                {longDay(w.week)}
              </th>
              {LEAD_STATUSES.map((s) => (
                <td key={s} data-status={s} className="insights-cell">
                  {listUrl && w.counts[s] > 0 ? <a href={listUrl(w.week, s)}>{w.counts[s]}</a> : w.counts[s]}
                </td>
              ))}
              <td data-status="total" className="insights-cell">
                {w.total}
              </td>
            </tr>
          ))}
        </InsightsTable>
      }
    />
  )
}
