import { ChartFigure, cellStyle, headStyle, tableStyle } from './ChartFigure'
import { percent } from './format'
import { HorizontalBars, type Bar } from './HorizontalBars'

/** A breakdown of the range's genuine enquiries by one value, as bars and as a table with each value's share. */
export function BreakdownSection({
  id,
  title,
  description,
  bars,
  total,
}: {
  id: string
  title: string
  description: string
  bars: Bar[]
  total: number
}) {
  return (
    <ChartFigure
      id={`insights-${id}`}
      title={title}
      description={description}
      chart={<HorizontalBars id={`insights-${id}`} bars={bars} />}
      table={
        <table data-insights={id} style={tableStyle}>
          <thead>
            <tr>
              <th scope="col" style={headStyle}>
                {title.replace(/^By /, '').replace(/^./, (c) => c.toUpperCase())}
              </th>
              <th scope="col" style={cellStyle}>
                Enquiries
              </th>
              <th scope="col" style={cellStyle}>
                Share
              </th>
            </tr>
          </thead>
          <tbody>
            {bars.map((bar) => (
              <tr key={bar.key} data-key={bar.key}>
                <th scope="row" style={headStyle}>
                  {bar.label}
                </th>
                <td data-count style={cellStyle}>
                  {bar.count}
                </td>
                <td style={cellStyle}>{percent(bar.count, total)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  )
}
