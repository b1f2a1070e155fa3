import { percent } from './format'
import type { Bar } from './HorizontalBars'
import { InsightsTable } from './InsightsTable'

/** Counts as a table: one row per value with its count and its share of `total`. */
export function ShareTable({
  name,
  columns,
  rows,
  total,
}: {
  name: string
  columns: readonly [string, string, string]
  rows: Bar[]
  total: number
}) {
  return (
    <InsightsTable name={name} columns={columns}>
      {rows.map((row) => (
        <tr key={row.key} data-key={row.key}>
          <th scope="row" className="insights-head">
            {row.label}
          </th>
          <td data-count className="insights-cell">
            {row.count}
          </td>
          <td className="insights-cell">{percent(row.count, total)}</td>
        </tr>
      ))}
    </InsightsTable>
  )
}
