import { ChartFigure } from './ChartFigure'
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
        <table data-insights={id} className="insights-table">
          <thead>
            <tr>
              <th scope="col" className="insights-head">
                {title.replace(/^By /, '').replace(/^./, (c) => c.toUpperCase())}
              </th>
              <th scope="col" className="insights-cell">
                Enquiries
              </th>
              <th scope="col" className="insights-cell">
                Share
              </th>
            </tr>
          </thead>
          <tbody>
            {bars.map((bar) => (
              <tr key={bar.key} data-key={bar.key}>
                <th scope="row" className="insights-head">
                  {bar.label}
                </th>
                <td data-count className="insights-cell">
                  {bar.count}
                </td>
                <td className="insights-cell">{percent(bar.count, total)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  )
}
