import type { ResponseTimes } from '@/lib/insights/response'

import { ChartFigure } from './ChartFigure'
import { hoursLabel, longDay } from './format'
import { InsightsTable } from './InsightsTable'
import { ResponseLine } from './ResponseLine'

/** Median time to first response per week of arrival, against the SLA (`LEAD_SLA_HOURS`). */
export function ResponseSection({ response, slaHours }: { response: ResponseTimes; slaHours: number }) {
  const id = 'insights-response'
  const { overall } = response
  return (
    <ChartFigure
      id={id}
      title="Time to first response"
      description={`Median hours from arrival to the first move out of new, of the genuine enquiries answered so far, by week of arrival; the dashed line is the ${slaHours} h target (LEAD_SLA_HOURS). Over the range: median ${hoursLabel(overall.medianHours)}, ${overall.answered} of ${overall.received} answered, ${overall.withinSla} within the target.`}
      chart={<ResponseLine id={id} points={response.weeks} slaHours={slaHours} />}
      table={
        <InsightsTable
          name="response"
          columns={['Week of', 'Received', 'Answered', 'Median', <>Within {slaHours} h</>]}
        >
          {response.weeks.map((w) => (
            <tr key={w.week} data-key={w.week}>
              <th scope="row" className="insights-head">
                {longDay(w.week)}
              </th>
              <td data-field="received" className="insights-cell">
                {w.received}
              </td>
              <td data-field="answered" className="insights-cell">
                {w.answered}
              </td>
              <td data-field="median" data-hours={w.medianHours ?? ''} className="insights-cell">
                {hoursLabel(w.medianHours)}
              </td>
              <td data-field="within" className="insights-cell">
                {w.withinSla}
              </td>
            </tr>
          ))}
        </InsightsTable>
      }
    />
  )
}
