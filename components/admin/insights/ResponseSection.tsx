import type { ResponseTimes } from '@/lib/insights/response'

import { ChartFigure, cellStyle, headStyle, tableStyle } from './ChartFigure'
import { hoursLabel, longDay } from './format'
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
        <table data-insights="response" style={tableStyle}>
          <thead>
            <tr>
              <th scope="col" style={headStyle}>
                Week of
              </th>
              <th scope="col" style={cellStyle}>
                Received
              </th>
              <th scope="col" style={cellStyle}>
                Answered
              </th>
              <th scope="col" style={cellStyle}>
                Median
              </th>
              <th scope="col" style={cellStyle}>
                Within {slaHours} h
              </th>
            </tr>
          </thead>
          <tbody>
            {response.weeks.map((w) => (
              <tr key={w.week} data-key={w.week}>
                <th scope="row" style={headStyle}>
                  {longDay(w.week)}
                </th>
                <td data-field="received" style={cellStyle}>
                  {w.received}
                </td>
                <td data-field="answered" style={cellStyle}>
                  {w.answered}
                </td>
                <td data-field="median" data-hours={w.medianHours ?? ''} style={cellStyle}>
                  {hoursLabel(w.medianHours)}
                </td>
                <td data-field="within" style={cellStyle}>
                  {w.withinSla}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  )
}
