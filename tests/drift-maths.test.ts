import { describe, expect, it } from 'vitest'

import { binIndex, quantileEdges, quantileSorted } from '@/lib/drift/bins'
import { classifyFigures, type ThresholdRow } from '@/lib/drift/classify'
import { computeDrift, type DriftResult } from '@/lib/drift/compute'
import { demoTexts } from '@/lib/drift/demo'
import { driftSummary, fillTemplate, formatFigure } from '@/lib/drift/format'
import {
  EMPTY_BIN_PROPORTION,
  jensenShannonDistance,
  klDivergence,
  psi,
  wasserstein1,
} from '@/lib/drift/metrics'
import { MAX_VALUES, parsePair, parseSample } from '@/lib/drift/parse'
import { driftCalculator, driftThresholds } from '@/lib/seed/content'

const rows = driftThresholds as ThresholdRow[]
const lines = (values: (string | number)[]) => values.join('\n')

function ok(baseline: string, current: string, column?: string): DriftResult {
  const outcome = computeDrift({ baseline, current, column })
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors))
  return outcome.result
}

describe('parsing a pasted sample', () => {
  it('reads numbers one per line, skipping blank lines, with any line ending', () => {
    const r = parseSample('1\r\n2.5\n\n  -3e2 \r+.5\n')
    expect(r.ok && r.sample.kind === 'numeric' && [...r.sample.values]).toEqual([1, 2.5, -300, 0.5])
  })

  it('skips a header line above numbers', () => {
    const r = parseSample('score\n0.1\n0.2')
    expect(r.ok && r.sample.header).toBe('score')
    expect(r.ok && [...r.sample.values]).toEqual([0.1, 0.2])
  })

  it('reads a CSV column by name or number, quotes and all; the first column by default', () => {
    const csv = 'id,score,channel\n1,0.5,web\n2,0.7,"ios, beta"\n\n3,,web'
    const byName = parseSample(csv, { column: 'Score' })
    expect(byName.ok && [...byName.sample.values]).toEqual([0.5, 0.7])
    const byNumber = parseSample(csv, { column: '3' })
    expect(byNumber.ok && byNumber.sample).toMatchObject({
      kind: 'categorical',
      values: ['web', 'ios, beta', 'web'],
    })
    const first = parseSample(csv)
    expect(first.ok && [...first.sample.values]).toEqual([1, 2, 3])
    expect(parseSample(csv, { column: 'latency' })).toEqual({
      ok: false,
      errors: [{ code: 'columnMissing', column: 'latency' }],
      errorCount: 1,
    })
  })

  it('reads categories, numbers among them included', () => {
    const r = parseSample('web\nios\nweb\n3')
    expect(r.ok && r.sample).toMatchObject({ kind: 'categorical', values: ['web', 'ios', 'web', '3'] })
  })

  it('refuses an empty sample', () => {
    expect(parseSample('')).toMatchObject({ ok: false, errors: [{ code: 'empty' }] })
    expect(parseSample(' \n\t\n')).toMatchObject({ ok: false, errors: [{ code: 'empty' }] })
    expect(parseSample('a,b\n\n')).toMatchObject({ ok: false, errors: [{ code: 'empty' }] })
  })

  it('names the line of NaN, Infinity, overflowing and non-numeric tokens', () => {
    const r = parseSample('1\n2\nNaN\n4\nInfinity\n-inf\n1e999\n8\nabc\n10\n11\n12\n13')
    expect(r).toEqual({
      ok: false,
      errors: [
        { code: 'notFinite', line: 3, token: 'NaN' },
        { code: 'notFinite', line: 5, token: 'Infinity' },
        { code: 'notFinite', line: 6, token: '-inf' },
        { code: 'notFinite', line: 7, token: '1e999' },
        { code: 'notNumber', line: 9, token: 'abc' },
      ],
      errorCount: 5,
    })
  })

  it('counts the errors beyond those it lists, and numbers CSV lines as pasted', () => {
    const r = parseSample(lines([1, 2, 3, 4, 5, 6, 7, 'x', 'x', 'x', 'x', 'x', 'x']))
    expect(r.ok).toBe(false)
    expect(!r.ok && r.errors).toHaveLength(5)
    expect(!r.ok && r.errorCount).toBe(6)
    expect(parseSample('a,b\n1,2\n\n3,NaN', { column: 'b' })).toMatchObject({
      errors: [{ code: 'notFinite', line: 4, token: 'NaN' }],
    })
  })

  it(`takes up to ${MAX_VALUES.toLocaleString('en-US')} values and refuses more`, () => {
    expect(parseSample(lines(Array.from({ length: MAX_VALUES }, (_, i) => i))).ok).toBe(true)
    expect(parseSample(lines(Array.from({ length: MAX_VALUES + 1 }, (_, i) => i)))).toMatchObject({
      ok: false,
      errors: [{ code: 'tooMany', count: MAX_VALUES + 1, limit: MAX_VALUES }],
    })
  })

  it('refuses numbers in one sample and categories in the other', () => {
    expect(parsePair('1\n2\n3', 'web\nios')).toEqual({
      ok: false,
      errors: [{ sample: null, error: { code: 'mixedKinds', numeric: 'baseline', categorical: 'current' } }],
      errorCount: 1,
    })
    expect(parsePair('a\nb', '1')).toMatchObject({
      errors: [{ error: { numeric: 'current', categorical: 'baseline' } }],
    })
  })

  it('reports the errors of both samples, each with its sample', () => {
    expect(parsePair('', '1\nNaN\n3')).toEqual({
      ok: false,
      errors: [
        { sample: 'baseline', error: { code: 'empty' } },
        { sample: 'current', error: { code: 'notFinite', line: 2, token: 'NaN' } },
      ],
      errorCount: 2,
    })
  })
})

describe('bins from the baseline quantiles', () => {
  it('interpolates quantiles as numpy does by default', () => {
    expect(quantileSorted([1, 2, 3, 4], 0.5)).toBe(2.5) // np.quantile([1,2,3,4], .5)
    expect(quantileSorted([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.1)).toBeCloseTo(1.9, 12)
    expect(quantileSorted([7], 0.3)).toBe(7)
  })

  it('puts edges at min, the deciles and max, dropping duplicates', () => {
    const edges = quantileEdges(Float64Array.from({ length: 10 }, (_, i) => i + 1))
    expect(edges.map((e) => Number(e.toFixed(10)))).toEqual([
      1, 1.9, 2.8, 3.7, 4.6, 5.5, 6.4, 7.3, 8.2, 9.1, 10,
    ])
    // Ties: the deciles up to the 70th all sit on 0; the 80th is 0.2, the 90th 0.6.
    expect(quantileEdges([0, 0, 0, 0, 1]).map((e) => Number(e.toFixed(10)))).toEqual([0, 0.2, 0.6, 1])
  })

  it('gives a constant baseline three bins: below, at and above it', () => {
    const edges = quantileEdges([5, 5, 5])
    expect(edges).toEqual([5])
    expect([4, 5, 6].map((x) => binIndex(x, edges))).toEqual([0, 1, 2])
  })

  it('fills the inner bins evenly for the baseline itself and keeps out-of-range values apart', () => {
    const baseline = Float64Array.from({ length: 1000 }, (_, i) => i)
    const edges = quantileEdges(baseline)
    const counts = new Array(12).fill(0)
    for (const x of baseline) counts[binIndex(x, edges)]++
    expect(counts[0]).toBe(0)
    expect(counts[11]).toBe(0)
    for (const c of counts.slice(1, 11)) expect(Math.abs(c - 100)).toBeLessThanOrEqual(1)
    expect(binIndex(-1, edges)).toBe(0)
    expect(binIndex(999, edges)).toBe(10)
    expect(binIndex(1000, edges)).toBe(11)
  })
})

describe('drift figures against hand-computed and published values', () => {
  it('PSI: Σ (c − b) ln(c / b)', () => {
    // (0.25 − 0.5) ln 0.5 + (0.75 − 0.5) ln 1.5
    expect(psi([0.5, 0.5], [0.25, 0.75])).toBeCloseTo(0.2746530721670274, 12)
    expect(psi([0.2, 0.8], [0.2, 0.8])).toBe(0)
  })

  it('PSI and KL give an empty bin a proportion of 0.0001', () => {
    expect(EMPTY_BIN_PROPORTION).toBe(1e-4)
    // (0.5 − 1) ln 0.5 + (0.5 − 0.0001) ln(0.5 / 0.0001)
    expect(psi([1, 0], [0.5, 0.5])).toBeCloseTo(4.60431846666895, 10)
    // 1 ln(1 / 0.5) + 0.0001 ln(0.0001 / 0.5)
    expect(klDivergence([1, 0], [0.5, 0.5])).toBeCloseTo(0.6922954612408037, 12)
  })

  it('KL divergence: scipy.stats.entropy documented example', () => {
    // entropy([1/2, 1/2], qk=[9/10, 1/10]) == 0.5108256237659907
    expect(klDivergence([0.5, 0.5], [0.9, 0.1])).toBeCloseTo(0.5108256237659907, 12)
    expect(klDivergence([0.5, 0.5], [0.25, 0.75])).toBeCloseTo(0.14384103622589042, 12)
  })

  it('Jensen–Shannon distance: scipy.spatial.distance.jensenshannon documented examples', () => {
    expect(jensenShannonDistance([1, 0, 0], [0, 1, 0], 2)).toBeCloseTo(1, 12)
    expect(jensenShannonDistance([1, 0], [0.5, 0.5])).toBeCloseTo(0.46450140402245893, 12)
    expect(jensenShannonDistance([1, 0, 0], [1, 0, 0])).toBe(0)
    // Scaled to sum to 1 first, as scipy does.
    expect(jensenShannonDistance([2, 0], [1, 1])).toBeCloseTo(0.46450140402245893, 12)
  })

  it('Wasserstein-1: scipy.stats.wasserstein_distance documented examples', () => {
    expect(wasserstein1([0, 1, 3], [5, 6, 8])).toBeCloseTo(5, 12)
    expect(wasserstein1([0, 1], [0, 1], [3, 1], [2, 2])).toBeCloseTo(0.25, 12)
    expect(wasserstein1([3.4, 3.9, 7.5, 7.8], [4.5, 1.4], [1.4, 0.9, 3.1, 7.2], [3.2, 3.5])).toBeCloseTo(
      4.0781331438047861,
      12,
    )
  })

  it('Wasserstein-1: hand-computed cases with unequal sizes and ties', () => {
    // U: uniform on {0, 2}; V: point mass at 1 → ∫0^2 |U − V| = 0.5·1 + 0.5·1 = 1
    expect(wasserstein1([0, 2], [1])).toBeCloseTo(1, 12)
    // U = {0,0,1}: F=2/3 on [0,1); V = {0,1,1}: F=1/3 → 1/3
    expect(wasserstein1([0, 0, 1], [0, 1, 1])).toBeCloseTo(1 / 3, 12)
    expect(wasserstein1([4, 4, 4], [4])).toBe(0)
    expect(wasserstein1([1, 2, 3], [3, 1, 2])).toBe(0)
  })
})

describe('computing drift from pasted text: edge cases', () => {
  it('one value per side', () => {
    const same = ok('5', '5')
    expect(same.figures).toEqual({ psi: 0, kl: 0, js: 0, wasserstein: 0 })
    const moved = ok('5', '6')
    expect(moved.figures.wasserstein).toBe(1)
    // baseline all in "at 5", current all "above 5": 2 (1 − 0.0001) ln(1 / 0.0001)
    expect(moved.figures.psi).toBeCloseTo(18.41883867587797, 9)
    expect(moved.figures.js).toBeCloseTo(Math.sqrt(Math.LN2), 12)
  })

  it('constant samples: equal, lower and higher', () => {
    const base = lines(Array(100).fill(3))
    expect(ok(base, lines(Array(50).fill(3))).figures).toEqual({ psi: 0, kl: 0, js: 0, wasserstein: 0 })
    const lower = ok(base, lines(Array(50).fill(2)))
    const higher = ok(base, lines(Array(50).fill(4)))
    expect(lower.figures.wasserstein).toBe(1)
    expect(lower.figures.psi).toBeCloseTo(18.41883867587797, 9)
    expect(higher.figures).toEqual(lower.figures)
    expect(lower.chart).toMatchObject({ kind: 'numeric', min: 2, max: 3 })
    expect(ok(base, base).chart).toMatchObject({ min: 3, max: 3, baseline: [1], current: [1] })
  })

  it('categories: each category a bin, new ones smoothed, no Wasserstein', () => {
    const r = ok(lines(['a', 'a', 'b', 'b']), lines(['a', 'b', 'c', 'c']))
    expect(r.kind).toBe('categorical')
    expect(r.bins).toEqual({ baseline: [0.5, 0.5, 0], current: [0.25, 0.25, 0.5] })
    const e = 1e-4
    const expected = 2 * (0.25 - 0.5) * Math.log(0.25 / 0.5) + (0.5 - e) * Math.log(0.5 / e)
    expect(r.figures.psi).toBeCloseTo(expected, 12)
    expect(r.figures.wasserstein).toBeNull()
    expect(r.chart).toMatchObject({ kind: 'categorical', categories: ['a', 'b', 'c'] })
  })

  it('returns errors instead of figures, naming the sample and line', () => {
    expect(computeDrift({ baseline: '1\n2', current: '1\nfoo\n3' })).toEqual({
      ok: false,
      errors: [{ sample: 'current', error: { code: 'notNumber', line: 2, token: 'foo' } }],
      errorCount: 1,
    })
  })

  it('100,000 values per side: exact figures at full size', () => {
    const n = MAX_VALUES
    const baseline = Array.from({ length: n }, (_, i) => i)
    const shuffled = [...baseline].reverse()
    const same = ok(lines(baseline), lines(shuffled))
    expect(same.counts).toEqual({ baseline: n, current: n })
    expect(same.figures).toEqual({ psi: 0, kl: 0, js: 0, wasserstein: 0 })

    // Every value moved up by 0.5: W1 is exactly 0.5.
    const shifted = ok(lines(baseline), lines(baseline.map((x) => x + 0.5)))
    expect(shifted.figures.wasserstein).toBeCloseTo(0.5, 9)

    // Categories at full size match the formula over their proportions.
    const cats = (weights: number[]) =>
      lines(weights.flatMap((w, k) => Array<string>(w * (n / 10)).fill(`c${k}`)))
    const r = ok(cats([5, 3, 2]), cats([4, 4, 2]))
    const e = psi([0.5, 0.3, 0.2], [0.4, 0.4, 0.2])
    expect(r.figures.psi).toBeCloseTo(e, 12)
  })
})

describe('classifying against the drift-thresholds rows', () => {
  const figures = { psi: 0.3, kl: 0.01, js: 0.2, wasserstein: 3.2 }

  it('classifies PSI and KL, says JS has no row and Wasserstein needs a band', () => {
    expect(classifyFigures(figures, rows)).toEqual([
      { figure: 'psi', value: 0.3, level: 'retrain', reason: null },
      { figure: 'kl', value: 0.01, level: 'below-inspect', reason: null },
      { figure: 'js', value: 0.2, level: null, reason: 'noRow' },
      { figure: 'wasserstein', value: 3.2, level: null, reason: 'needsBand' },
    ])
  })

  it('classifies Wasserstein as a multiple of the band, and JS once a row exists', () => {
    const withJs: ThresholdRow[] = [
      ...rows,
      {
        metric: 'js',
        measure: 'absolute',
        direction: 'higher-is-worse',
        inspect: { value: 0.1 },
        retrain: { value: 0.15 },
        pause: { value: 0.3 },
      },
    ]
    const classes = classifyFigures(figures, withJs, { band: 2 })
    expect(classes.find((c) => c.figure === 'wasserstein')?.level).toBe('retrain') // 1.6 × band
    expect(classes.find((c) => c.figure === 'js')?.level).toBe('retrain')
  })

  it('does not classify Wasserstein for categories', () => {
    expect(classifyFigures({ ...figures, wasserstein: null }, rows)[3]).toEqual({
      figure: 'wasserstein',
      value: null,
      level: null,
      reason: 'notForCategories',
    })
  })
})

describe('demo pairs and the summary for the lead', () => {
  const demo = (label: string) => driftCalculator.demos!.find((d) => d.label === label)!

  it('generates the same demo values every time, and they show the drift they are named for', () => {
    const stable = demoTexts(demo('Stable: same distribution'))
    expect(demoTexts(demo('Stable: same distribution'))).toEqual(stable)
    const classes = (texts: { baseline: string; current: string }) =>
      classifyFigures(ok(texts.baseline, texts.current).figures, rows).map((c) => c.level)
    expect(classes(stable).slice(0, 2)).toEqual(['below-inspect', 'below-inspect'])
    expect(classes(demoTexts(demo('Shifted mean')))[0]).not.toBe('below-inspect')
    expect(classes(demoTexts(demo('Categories: a new channel')))[0]).not.toBe('below-inspect')
  })

  it('summarises figures and levels in the CMS words, never the samples', () => {
    const result = ok('12345.678\n2\n3', '12345.678\n9\n10')
    const classes = classifyFigures(result.figures, rows)
    const words = {
      summary: driftCalculator.labels.summary,
      counts: driftCalculator.labels.counts,
      kinds: { numeric: driftCalculator.labels.numeric, categorical: driftCalculator.labels.categorical },
      metrics: driftCalculator.metrics,
      levels: {
        'below-inspect': driftCalculator.levels.belowInspect,
        inspect: driftCalculator.levels.inspect,
        retrain: driftCalculator.levels.retrain,
        pause: driftCalculator.levels.pause,
      },
      notes: driftCalculator.notes,
    }
    const summary = driftSummary(result, classes, words)
    expect(summary).toContain(`${driftCalculator.metrics.psi} ${formatFigure(result.figures.psi)} (`)
    expect(summary).toContain(
      `${driftCalculator.metrics.js} ${formatFigure(result.figures.js)} (${driftCalculator.notes.noRow})`,
    )
    expect(summary).toContain('3 baseline values')
    expect(summary).not.toContain('12345')
  })

  it('formats figures and fills templates', () => {
    expect(formatFigure(0.274653)).toBe('0.275')
    expect(formatFigure(18.4188)).toBe('18.4')
    expect(formatFigure(0)).toBe('0')
    expect(formatFigure(1.23e-7)).toBe('1.23e-7')
    expect(fillTemplate('{sample}, line {line}: {nope}', { sample: 'Baseline', line: 4 })).toBe(
      'Baseline, line 4: {nope}',
    )
  })
})
