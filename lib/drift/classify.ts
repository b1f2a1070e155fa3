/**
 * Classifying the calculator's figures against the drift-thresholds rows of the CMS.
 * A figure is classified only where a row exists for its metric and the row's measure is
 * one the calculator can compare with; otherwise the reason is given instead.
 */
import type { DriftFigures } from './compute'
import { classify, type Classification, type Direction } from './levels'

export const FIGURES = ['psi', 'kl', 'js', 'wasserstein'] as const
export type Figure = (typeof FIGURES)[number]

export type ThresholdRow = {
  metric: string
  measure: string
  direction: Direction
  inspect: { value: number }
  retrain: { value: number }
  pause: { value: number }
}

export type Unclassified = 'noRow' | 'needsBand' | 'notForCategories' | 'otherMeasure'

export type FigureClass = {
  figure: Figure
  value: number | null
  level: Classification | null
  reason: Unclassified | null
}

/**
 * `band` is the visitor's per-model Wasserstein band, in the data's units: the table gives
 * Wasserstein as a multiple of it ('band-multiple'), so without one it stays unclassified.
 */
export function classifyFigures(
  figures: DriftFigures,
  rows: ThresholdRow[],
  options: { band?: number | null } = {},
): FigureClass[] {
  return FIGURES.map((figure) => {
    const value = figures[figure]
    if (value === null) return { figure, value, level: null, reason: 'notForCategories' }
    const row = rows.find((r) => r.metric === figure)
    if (!row) return { figure, value, level: null, reason: 'noRow' }
    if (row.measure === 'absolute') return { figure, value, level: classify(value, row), reason: null }
    if (row.measure === 'band-multiple') {
      const band = options.band
      if (!band || !(band > 0) || !Number.isFinite(band))
        return { figure, value, level: null, reason: 'needsBand' }
      return { figure, value, level: classify(value / band, row), reason: null }
    }
    return { figure, value, level: null, reason: 'otherMeasure' }
  })
}
