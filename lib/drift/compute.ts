/**
 * From two pasted samples to the four drift figures and what the chart needs.
 * Pure and synchronous: the page runs it directly for small input and in a Web Worker
 * (lib/drift/worker.ts) for large input.
 */
import { categoricalProportions, numericProportions, quantileEdges } from './bins'
import { jensenShannonDistance, klDivergence, psi, wasserstein1 } from './metrics'
import { parsePair, type PairError, type Sample } from './parse'

export type DriftFigures = {
  psi: number
  /** KL(baseline ‖ current), in nats. */
  kl: number
  /** Jensen–Shannon distance, natural log. */
  js: number
  /** Wasserstein-1 in the data's units; null for categories. */
  wasserstein: number | null
}

/** Both distributions, ready to draw: equal-width bins for numbers, categories as they are. */
export type DriftChart =
  | { kind: 'numeric'; min: number; max: number; baseline: number[]; current: number[] }
  | { kind: 'categorical'; categories: string[]; baseline: number[]; current: number[] }

export type DriftResult = {
  kind: Sample['kind']
  counts: { baseline: number; current: number }
  figures: DriftFigures
  /** Proportions per bin, unsmoothed, over the bins the figures use. */
  bins: { baseline: number[]; current: number[] }
  chart: DriftChart
}

export type DriftOutcome =
  { ok: true; result: DriftResult } | { ok: false; errors: PairError[]; errorCount: number }

/** Bars in the numeric chart, and categories drawn at most (the figures use them all). */
export const CHART_BINS = 30
export const CHART_MAX_CATEGORIES = 20

function histogram(values: Float64Array, min: number, max: number): number[] {
  const bins = max > min ? CHART_BINS : 1
  const counts = new Array<number>(bins).fill(0)
  const width = (max - min) / bins
  for (let i = 0; i < values.length; i++) {
    const k = width > 0 ? Math.min(Math.floor((values[i]! - min) / width), bins - 1) : 0
    counts[k]!++
  }
  return counts.map((c) => c / values.length)
}

/** The figures between two parsed samples of the same kind. */
export function driftBetween(baseline: Sample, current: Sample): DriftResult {
  if (baseline.kind === 'numeric' && current.kind === 'numeric') {
    const sorted = Float64Array.from(baseline.values).sort()
    const edges = quantileEdges(sorted)
    const b = numericProportions(baseline.values, edges)
    const c = numericProportions(current.values, edges)
    let min = sorted[0]!
    let max = sorted[sorted.length - 1]!
    for (let i = 0; i < current.values.length; i++) {
      const v = current.values[i]!
      if (v < min) min = v
      if (v > max) max = v
    }
    return {
      kind: 'numeric',
      counts: { baseline: baseline.values.length, current: current.values.length },
      figures: {
        psi: psi(b, c),
        kl: klDivergence(b, c),
        js: jensenShannonDistance(b, c),
        wasserstein: wasserstein1(baseline.values, current.values),
      },
      bins: { baseline: b, current: c },
      chart: {
        kind: 'numeric',
        min,
        max,
        baseline: histogram(baseline.values, min, max),
        current: histogram(current.values, min, max),
      },
    }
  }
  if (baseline.kind === 'categorical' && current.kind === 'categorical') {
    const p = categoricalProportions(baseline.values, current.values)
    return {
      kind: 'categorical',
      counts: { baseline: baseline.values.length, current: current.values.length },
      figures: {
        psi: psi(p.baseline, p.current),
        kl: klDivergence(p.baseline, p.current),
        js: jensenShannonDistance(p.baseline, p.current),
        wasserstein: null,
      },
      bins: { baseline: p.baseline, current: p.current },
      chart: {
        kind: 'categorical',
        categories: p.categories.slice(0, CHART_MAX_CATEGORIES),
        baseline: p.baseline.slice(0, CHART_MAX_CATEGORIES),
        current: p.current.slice(0, CHART_MAX_CATEGORIES),
      },
    }
  }
  throw new TypeError('Both samples must be of the same kind')
}

export type DriftRequest = { baseline: string; current: string; column?: string }

/** Parses both texts and computes the figures, or returns the errors (naming lines). */
export function computeDrift({ baseline, current, column }: DriftRequest): DriftOutcome {
  const parsed = parsePair(baseline, current, { column })
  if (!parsed.ok) return parsed
  return { ok: true, result: driftBetween(parsed.baseline, parsed.current) }
}
