import type { ReactNode } from 'react'

/**
 * A chart's figures as a table: `data-insights={name}` for tests, one header cell per column (the first heads
 * the rows), and the body rows as children.
 */
export function InsightsTable({
  name,
  columns: [rowHeading, ...valueHeadings],
  children,
}: {
  name: string
  columns: readonly [ReactNode, ...ReactNode[]]
  children: ReactNode
}) {
  return (
    <table data-insights={name} className="insights-table">
      <thead>
        <tr>
          <th scope="col" className="insights-head">
            {rowHeading}
          </th>
          {valueHeadings.map((heading, i) => (
            <th key={i} scope="col" className="insights-cell">
              {heading}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  )
}
