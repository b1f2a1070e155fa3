/**
 * Turning results into words from the CMS: figures to three significant digits,
 * templates with {placeholders}, and the summary sent with "Start a project".
 */
import type { FigureClass, Figure, Unclassified } from './classify'
import type { DriftResult } from './compute'
import type { Classification } from './levels'

/** Three significant digits, without exponent for everyday magnitudes. */
export function formatFigure(x: number): string {
  if (x === 0) return '0'
  const abs = Math.abs(x)
  if (abs >= 1e-4 && abs < 1e6) return String(Number(x.toPrecision(3)))
  return x.toExponential(2)
}

/** Fills {name} placeholders; unknown ones are left as they are. */
export function fillTemplate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole))
}

export type SummaryWords = {
  summary: string
  counts: string
  kinds: { numeric: string; categorical: string }
  metrics: Record<Figure, string>
  levels: Record<Classification, string>
  notes: Record<Unclassified, string>
}

const count = (n: number) => n.toLocaleString('en-US')

/** What a figure's level cell says: the level's name, or why it has none. */
export function levelText(c: FigureClass, words: Pick<SummaryWords, 'levels' | 'notes'>): string {
  if (c.level) return words.levels[c.level]
  return words.notes[c.reason ?? 'noRow']
}

/**
 * One line for the lead: sample sizes, each figure and its level. Never the samples.
 * e.g. "Drift check from the page — Numbers: 5,000 baseline values, … — PSI 0.312 (Retrain); …"
 */
export function driftSummary(result: DriftResult, classes: FigureClass[], words: SummaryWords): string {
  const counts = fillTemplate(words.counts, {
    kind: words.kinds[result.kind],
    baseline: count(result.counts.baseline),
    current: count(result.counts.current),
  })
  const figures = classes
    .filter((c) => c.value !== null)
    .map((c) => `${words.metrics[c.figure]} ${formatFigure(c.value as number)} (${levelText(c, words)})`)
    .join('; ')
  return `${words.summary} — ${counts} — ${figures}`
}
