import type { CSSProperties } from 'react'

import { Lines } from './Lines'

/** Label/value pairs; values are raw text (React escapes them). */
export type AnswerRow = [label: string, value: string]

const label: CSSProperties = {
  color: '#5b6270',
  fontSize: '14px',
  fontWeight: 600,
  padding: '6px 16px 6px 0',
  textAlign: 'left',
  verticalAlign: 'top',
  whiteSpace: 'nowrap',
}

const value: CSSProperties = { fontSize: '14px', lineHeight: '22px', padding: '6px 0', verticalAlign: 'top' }

/** Answers as a two-column table, one row per label, line breaks kept. */
export function AnswerTable({ rows }: { rows: AnswerRow[] }) {
  return (
    <table
      cellPadding={0}
      cellSpacing={0}
      role="presentation"
      style={{ borderCollapse: 'collapse', margin: '0 0 16px' }}
    >
      <tbody>
        {rows.map(([k, v]) => (
          <tr key={k}>
            <th style={label}>{k}</th>
            <td style={value}>
              <Lines text={v} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
