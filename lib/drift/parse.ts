/**
 * Reading a pasted sample: numbers or categories, one value per line or one column of a CSV.
 *
 * - Lines are split on \n, \r\n or \r; blank lines and empty cells are skipped.
 * - A first line holding a comma, tab or semicolon makes the text a CSV (quotes allowed,
 *   "" escapes a quote) whose first row is the header; `column` picks the column by header
 *   name (case-insensitive) or by 1-based number, the first column by default.
 * - Without delimiters, a first line that is not a number above lines that mostly are is
 *   taken as a header and skipped.
 * - A sample is numeric when most of its values look like numbers; every value that then
 *   is not a finite number is an error naming its line ("NaN", "Infinity", "1e999", "abc").
 *   Otherwise it is categorical and every value, numbers included, is a category.
 * - At most MAX_VALUES values per sample.
 */
export const MAX_VALUES = 100_000

/** How many errors are kept for display; `errorCount` says how many there were. */
export const MAX_REPORTED_ERRORS = 5

export type SampleName = 'baseline' | 'current'

export type SampleError =
  | { code: 'empty' }
  | { code: 'tooMany'; count: number; limit: number }
  | { code: 'columnMissing'; column: string }
  | { code: 'notFinite' | 'notNumber'; line: number; token: string }

export type Sample =
  | { kind: 'numeric'; values: Float64Array; header: string | null }
  | { kind: 'categorical'; values: string[]; header: string | null }

export type ParseResult =
  { ok: true; sample: Sample } | { ok: false; errors: SampleError[]; errorCount: number }

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/
const NON_FINITE = /^[+-]?(?:nan|inf|infinity)$/i
const DELIMITERS = ['\t', ',', ';'] as const

type TokenKind = 'number' | 'nonFinite' | 'text'

function tokenKind(token: string): TokenKind {
  if (NUMBER.test(token)) return Number.isFinite(Number(token)) ? 'number' : 'nonFinite'
  return NON_FINITE.test(token) ? 'nonFinite' : 'text'
}

/** Splits one CSV line into cells; a quoted cell may hold the delimiter, "" is a quote. */
export function splitCells(line: string, delimiter: string): string[] {
  if (!line.includes('"')) return line.split(delimiter)
  const cells: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]
    if (quoted) {
      if (ch !== '"') cell += ch
      else if (line[i + 1] === '"') {
        cell += '"'
        i++
      } else quoted = false
    } else if (ch === '"') quoted = true
    else if (ch === delimiter) {
      cells.push(cell)
      cell = ''
    } else cell += ch
  }
  cells.push(cell)
  return cells
}

function detectDelimiter(line: string): string | null {
  let best: string | null = null
  let bestCount = 0
  for (const d of DELIMITERS) {
    const count = splitCells(line, d).length - 1
    if (count > bestCount) {
      best = d
      bestCount = count
    }
  }
  return best
}

function resolveColumn(header: string[], column: string): number {
  const wanted = column.trim()
  if (!wanted) return 0
  const byName = header.findIndex((h) => h.trim().toLowerCase() === wanted.toLowerCase())
  if (byName >= 0) return byName
  if (/^\d+$/.test(wanted)) {
    const index = Number(wanted) - 1
    if (index >= 0 && index < header.length) return index
  }
  return -1
}

/** Parses one pasted sample. `column` only matters for CSV input. */
export function parseSample(text: string, options: { column?: string } = {}): ParseResult {
  const lines = text.split(/\r\n|\n|\r/)
  const tokens: string[] = []
  const lineNumbers: number[] = []
  let header: string | null = null

  const first = lines.findIndex((l) => l.trim() !== '')
  if (first < 0) return { ok: false, errors: [{ code: 'empty' }], errorCount: 1 }
  const delimiter = detectDelimiter(lines[first]!)

  if (delimiter) {
    const headerCells = splitCells(lines[first]!, delimiter).map((c) => c.trim())
    const col = resolveColumn(headerCells, options.column ?? '')
    if (col < 0) {
      return {
        ok: false,
        errors: [{ code: 'columnMissing', column: (options.column ?? '').trim() }],
        errorCount: 1,
      }
    }
    header = headerCells[col] ?? null
    for (let i = first + 1; i < lines.length; i++) {
      if (lines[i]!.trim() === '') continue
      const cell = (splitCells(lines[i]!, delimiter)[col] ?? '').trim()
      if (cell === '') continue
      tokens.push(cell)
      lineNumbers.push(i + 1)
    }
  } else {
    for (let i = first; i < lines.length; i++) {
      const token = lines[i]!.trim()
      if (token === '') continue
      tokens.push(token)
      lineNumbers.push(i + 1)
    }
  }

  const kinds = tokens.map(tokenKind)
  // A header line above numbers: "score" then 0.1, 0.2, …
  if (!delimiter && kinds.length > 1 && kinds[0] === 'text') {
    const restText = kinds.slice(1).filter((k) => k === 'text').length
    if (restText * 2 < kinds.length - 1) {
      header = tokens.shift() ?? null
      lineNumbers.shift()
      kinds.shift()
    }
  }

  if (tokens.length === 0) return { ok: false, errors: [{ code: 'empty' }], errorCount: 1 }
  if (tokens.length > MAX_VALUES) {
    return {
      ok: false,
      errors: [{ code: 'tooMany', count: tokens.length, limit: MAX_VALUES }],
      errorCount: 1,
    }
  }

  const textCount = kinds.filter((k) => k === 'text').length
  if (textCount * 2 >= tokens.length) {
    return { ok: true, sample: { kind: 'categorical', values: tokens, header } }
  }

  const errors: SampleError[] = []
  let errorCount = 0
  const values = new Float64Array(tokens.length)
  for (let i = 0; i < tokens.length; i++) {
    if (kinds[i] === 'number') {
      values[i] = Number(tokens[i])
      continue
    }
    errorCount++
    if (errors.length < MAX_REPORTED_ERRORS) {
      errors.push({
        code: kinds[i] === 'nonFinite' ? 'notFinite' : 'notNumber',
        line: lineNumbers[i]!,
        token: tokens[i]!.length > 40 ? `${tokens[i]!.slice(0, 40)}…` : tokens[i]!,
      })
    }
  }
  if (errorCount) return { ok: false, errors, errorCount }
  return { ok: true, sample: { kind: 'numeric', values, header } }
}

export type PairError =
  | { sample: SampleName; error: SampleError }
  | { sample: null; error: { code: 'mixedKinds'; numeric: SampleName; categorical: SampleName } }

export type PairResult =
  { ok: true; baseline: Sample; current: Sample } | { ok: false; errors: PairError[]; errorCount: number }

/** Parses both samples; numbers in one and categories in the other is an error. */
export function parsePair(
  baselineText: string,
  currentText: string,
  options: { column?: string } = {},
): PairResult {
  const baseline = parseSample(baselineText, options)
  const current = parseSample(currentText, options)
  const errors: PairError[] = []
  let errorCount = 0
  for (const [name, result] of [
    ['baseline', baseline],
    ['current', current],
  ] as const) {
    if (result.ok) continue
    errors.push(...result.errors.map((error) => ({ sample: name, error })))
    errorCount += result.errorCount
  }
  if (!baseline.ok || !current.ok) return { ok: false, errors, errorCount }
  if (baseline.sample.kind !== current.sample.kind) {
    const numeric = baseline.sample.kind === 'numeric' ? 'baseline' : 'current'
    const categorical = numeric === 'baseline' ? 'current' : 'baseline'
    return {
      ok: false,
      errors: [{ sample: null, error: { code: 'mixedKinds', numeric, categorical } }],
      errorCount: 1,
    }
  }
  return { ok: true, baseline: baseline.sample, current: current.sample }
}
