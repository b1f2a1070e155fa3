/**
 * Drift threshold levels as data: a measured value is compared against three numbers
 * whose meaning depends on the measure, and whose direction says which way is worse.
 */
export const MEASURES = {
  absolute: 'Absolute value (e.g. PSI 0.25)',
  'band-multiple': 'Multiple of the per-model band (1 = the band itself)',
  'delta-vs-gold': 'Change versus the gold prompt set score',
  'relative-change': 'Relative change week-on-week (0.3 = +30%)',
  'pp-vs-baseline': 'Percentage points above baseline',
} as const
export type Measure = keyof typeof MEASURES

export const DIRECTIONS = {
  'higher-is-worse': 'Higher is worse',
  'lower-is-worse': 'Lower is worse',
} as const
export type Direction = keyof typeof DIRECTIONS

export const LEVELS = ['inspect', 'retrain', 'pause'] as const
export type Level = (typeof LEVELS)[number]
export type Classification = 'below-inspect' | Level

export type ThresholdLevels = {
  direction: Direction
  inspect: { value: number }
  retrain: { value: number }
  pause: { value: number }
}

const worseOrEqual = (direction: Direction, value: number, limit: number) =>
  direction === 'higher-is-worse' ? value >= limit : value <= limit

/** The most severe level that `value` reaches, or `below-inspect`. */
export function classify(value: number, t: ThresholdLevels): Classification {
  if (!Number.isFinite(value)) throw new RangeError('A drift figure must be a finite number')
  for (const level of [...LEVELS].reverse()) {
    if (worseOrEqual(t.direction, value, t[level].value)) return level
  }
  return 'below-inspect'
}

/** An error message when the levels do not grow more severe in order, else null. */
export function levelOrderError(t: ThresholdLevels): string | null {
  const [a, b, c] = [t.inspect.value, t.retrain.value, t.pause.value] // LEVELS, in order
  const ordered = t.direction === 'higher-is-worse' ? a < b && b < c : a > b && b > c
  if (ordered) return null
  return t.direction === 'higher-is-worse'
    ? 'Levels must rise: inspect < retrain < pause.'
    : 'Levels must fall: inspect > retrain > pause.'
}
