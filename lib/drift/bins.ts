/**
 * The bins PSI, KL and Jensen–Shannon are computed over.
 *
 * Numbers: edges at the baseline's minimum, its deciles and its maximum (duplicates
 * dropped, so ties and constant samples give fewer bins). Bin 0 holds values below the
 * baseline's minimum, then [e0, e1), [e1, e2), …, [e(k-1), ek] (the last one closed), then
 * one bin for values above the baseline's maximum. Values outside the baseline's range are
 * never lost, and a constant baseline c gives three bins: below c, c, above c.
 *
 * Categories: one bin per category seen in either sample, most frequent first.
 */

/** The p-quantile of sorted data, interpolating between order statistics (numpy's default, Hyndman–Fan 7). */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) throw new RangeError('No values')
  const h = (sorted.length - 1) * p
  const lo = Math.floor(h)
  const hi = Math.min(lo + 1, sorted.length - 1)
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!)
}

/** Ascending, distinct edges: min, the quantiles at 1/q … (q-1)/q, max. */
export function quantileEdges(sortedBaseline: ArrayLike<number>, quantiles = 10): number[] {
  const edges: number[] = [sortedBaseline[0]!]
  for (let i = 1; i < quantiles; i++) edges.push(quantileSorted(sortedBaseline, i / quantiles))
  edges.push(sortedBaseline[sortedBaseline.length - 1]!)
  return edges.filter((e, i) => i === 0 || e > edges[i - 1]!)
}

/** Number of bins for these edges: one below, the inner ones, one above. */
export const binCount = (edges: number[]) => Math.max(edges.length - 1, 1) + 2

/** Which bin `x` falls in (see the module comment). */
export function binIndex(x: number, edges: number[]): number {
  const last = edges.length - 1
  const inner = Math.max(last, 1)
  if (x < edges[0]!) return 0
  if (x > edges[last]!) return inner + 1
  // Largest i with edges[i] <= x.
  let lo = 0
  let hi = last
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (edges[mid]! <= x) lo = mid
    else hi = mid - 1
  }
  return Math.min(lo, inner - 1) + 1
}

/** Count of values per bin, divided by the number of values. */
export function numericProportions(values: ArrayLike<number>, edges: number[]): number[] {
  const counts = new Array<number>(binCount(edges)).fill(0)
  for (let i = 0; i < values.length; i++) counts[binIndex(values[i]!, edges)]!++
  return counts.map((c) => c / values.length)
}

function tally(values: string[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1)
  return counts
}

/** Categories of both samples, most frequent overall first (ties by name), with each sample's proportions. */
export function categoricalProportions(
  baseline: string[],
  current: string[],
): { categories: string[]; baseline: number[]; current: number[] } {
  const b = tally(baseline)
  const c = tally(current)
  const total = (k: string) => (b.get(k) ?? 0) / baseline.length + (c.get(k) ?? 0) / current.length
  const categories = [...new Set([...b.keys(), ...c.keys()])].sort(
    (x, y) => total(y) - total(x) || (x < y ? -1 : x > y ? 1 : 0),
  )
  return {
    categories,
    baseline: categories.map((k) => (b.get(k) ?? 0) / baseline.length),
    current: categories.map((k) => (c.get(k) ?? 0) / current.length),
  }
}
