import type { ExportBeforeHook } from '@payloadcms/plugin-import-export/types'

/**
 * What a spreadsheet reads as the start of a formula (OWASP, "CSV Injection"): `=`, `+`, `-`,
 * `@`, and a leading tab or carriage return, which some spreadsheets skip before reading one.
 */
const FORMULA_START = /^[=+\-@\t\r]/

/**
 * One exported cell made inert: a text cell that a spreadsheet would run as a formula
 * (`=HYPERLINK(…)`, `+1`, `-2`, `@SUM(…)`) gets a leading `'`, so it shows as the text it
 * is. Every text cell follows the same rule, whatever it holds; numbers, booleans and
 * empty cells are left as they are (a number column cannot carry a formula). Carriage
 * returns become line feeds: the CSV writer quotes a cell holding `\n` but not one holding
 * a bare `\r`, which a spreadsheet reads as the end of the row (the rest, a new row).
 */
export function neutraliseCell(value: unknown): unknown {
  if (typeof value !== 'string') return value
  const text = value.replace(/\r\n?/g, '\n')
  return FORMULA_START.test(value) ? `'${text}` : text
}

/**
 * The plugin's collection-level export hook: runs on every batch of flattened rows before it
 * is written, for downloads and saved exports alike, so the rule covers every column.
 */
export const neutraliseFormulas: ExportBeforeHook = ({ data, format }) =>
  format === 'csv'
    ? data.map((row) =>
        Object.fromEntries(Object.entries(row).map(([column, value]) => [column, neutraliseCell(value)])),
      )
    : data
