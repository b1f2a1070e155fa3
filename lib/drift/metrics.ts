/**
 * The drift figures, as pure functions over proportions (PSI, KL, Jensen–Shannon) or over
 * the raw one-dimensional samples (Wasserstein-1).
 */

/**
 * The proportion an empty bin is given before PSI and KL are computed (Evidently AI's
 * convention), so that a bin present in one sample and absent in the other adds a large
 * but finite amount. Proportions are not renormalised afterwards, as in Evidently.
 */
export const EMPTY_BIN_PROPORTION = 1e-4

const smooth = (p: number) => (p === 0 ? EMPTY_BIN_PROPORTION : p)

function sameLength(p: ArrayLike<number>, q: ArrayLike<number>) {
  if (p.length !== q.length) throw new RangeError('Both distributions need the same bins')
}

/** Population Stability Index: Σ (current − baseline) · ln(current / baseline), empty bins smoothed. */
export function psi(baseline: ArrayLike<number>, current: ArrayLike<number>): number {
  sameLength(baseline, current)
  let sum = 0
  for (let i = 0; i < baseline.length; i++) {
    const b = smooth(baseline[i]!)
    const c = smooth(current[i]!)
    sum += (c - b) * Math.log(c / b)
  }
  return sum
}

/** Kullback–Leibler divergence KL(p ‖ q) = Σ p · ln(p / q), in nats, empty bins smoothed. */
export function klDivergence(p: ArrayLike<number>, q: ArrayLike<number>): number {
  sameLength(p, q)
  let sum = 0
  for (let i = 0; i < p.length; i++) {
    const a = smooth(p[i]!)
    sum += a * Math.log(a / smooth(q[i]!))
  }
  return sum
}

/**
 * Jensen–Shannon distance: the square root of the JS divergence between p and q, each
 * first scaled to sum to 1 (as scipy.spatial.distance.jensenshannon does). Natural log by
 * default, so it lies in [0, √ln 2]; base 2 puts it in [0, 1]. Zeros need no smoothing.
 */
export function jensenShannonDistance(p: ArrayLike<number>, q: ArrayLike<number>, base = Math.E): number {
  sameLength(p, q)
  let sp = 0
  let sq = 0
  for (let i = 0; i < p.length; i++) {
    sp += p[i]!
    sq += q[i]!
  }
  if (!(sp > 0 && sq > 0)) throw new RangeError('A distribution needs some mass')
  let sum = 0
  for (let i = 0; i < p.length; i++) {
    const a = p[i]! / sp
    const b = q[i]! / sq
    const m = (a + b) / 2
    if (a > 0) sum += a * Math.log(a / m)
    if (b > 0) sum += b * Math.log(b / m)
  }
  return Math.sqrt(Math.max(sum / 2, 0) / Math.log(base))
}

function sortedWithWeights(values: ArrayLike<number>, weights?: ArrayLike<number>) {
  if (!weights) {
    const sorted = Float64Array.from(values).sort()
    return { sorted, cumulative: null as Float64Array | null }
  }
  if (weights.length !== values.length) throw new RangeError('One weight per value')
  const order = Array.from({ length: values.length }, (_, i) => i).sort((a, b) => values[a]! - values[b]!)
  const sorted = Float64Array.from(order, (i) => values[i]!)
  const cumulative = new Float64Array(order.length)
  let total = 0
  for (let k = 0; k < order.length; k++) {
    const w = weights[order[k]!] ?? Number.NaN
    if (!(w >= 0) || !Number.isFinite(w)) throw new RangeError('Weights must be finite and not negative')
    total += w
    cumulative[k] = total
  }
  if (!(total > 0)) throw new RangeError('Weights must not all be zero')
  for (let k = 0; k < cumulative.length; k++) cumulative[k]! /= total
  return { sorted, cumulative }
}

/**
 * Wasserstein-1 (earth mover's) distance between two one-dimensional samples, exact:
 * the area between their empirical distribution functions, ∫ |U(x) − V(x)| dx, computed
 * by one merge of the sorted samples (O(n log n)). Optional weights as in
 * scipy.stats.wasserstein_distance. In the data's own units.
 */
export function wasserstein1(
  u: ArrayLike<number>,
  v: ArrayLike<number>,
  uWeights?: ArrayLike<number>,
  vWeights?: ArrayLike<number>,
): number {
  if (u.length === 0 || v.length === 0) throw new RangeError('Both samples need values')
  const a = sortedWithWeights(u, uWeights)
  const b = sortedWithWeights(v, vWeights)
  const n = a.sorted.length
  const m = b.sorted.length
  const cdfA = (i: number) => (i === 0 ? 0 : a.cumulative ? a.cumulative[i - 1]! : i / n)
  const cdfB = (j: number) => (j === 0 ? 0 : b.cumulative ? b.cumulative[j - 1]! : j / m)
  let i = 0
  let j = 0
  let previous = Math.min(a.sorted[0]!, b.sorted[0]!)
  let total = 0
  while (i < n || j < m) {
    const takeA = j >= m || (i < n && a.sorted[i]! <= b.sorted[j]!)
    const x = takeA ? a.sorted[i]! : b.sorted[j]!
    total += Math.abs(cdfA(i) - cdfB(j)) * (x - previous)
    previous = x
    if (takeA) i++
    else j++
  }
  return total
}
