/**
 * How long the drift calculator takes on full-size input: 100,000 values per side, from
 * pasted text to the four figures (parsing included), numbers and categories. Run by hand:
 *
 *   npx tsx bench/drift/run.ts [runs]
 *
 * Prints the median and worst time per kind. The target: well under a second.
 */
import { computeDrift } from '../../lib/drift/compute'
import { categoricalSample, normalSample } from '../../lib/drift/demo'
import { MAX_VALUES } from '../../lib/drift/parse'

const runs = Number(process.argv[2] || 7)

const inputs = {
  numeric: {
    baseline: normalSample(MAX_VALUES, 50, 10, 1).join('\n'),
    current: normalSample(MAX_VALUES, 53, 12, 2).join('\n'),
  },
  categorical: {
    baseline: categoricalSample(
      MAX_VALUES,
      Array.from({ length: 50 }, (_, i) => ({ name: `category-${i}`, weight: 50 - i })),
      1,
    ).join('\n'),
    current: categoricalSample(
      MAX_VALUES,
      Array.from({ length: 60 }, (_, i) => ({ name: `category-${i}`, weight: 60 - i })),
      2,
    ).join('\n'),
  },
}

for (const [kind, input] of Object.entries(inputs)) {
  const times: number[] = []
  let summary = ''
  for (let i = 0; i < runs; i++) {
    const started = performance.now()
    const outcome = computeDrift(input)
    times.push(performance.now() - started)
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors))
    summary = Object.entries(outcome.result.figures)
      .map(([k, v]) => `${k}=${v === null ? '–' : v.toFixed(4)}`)
      .join(' ')
  }
  times.sort((a, b) => a - b)
  const median = times[Math.floor(times.length / 2)]!
  console.log(
    `${kind.padEnd(12)} ${MAX_VALUES.toLocaleString('en-US')} values per side: median ${median.toFixed(0)} ms, worst ${times[times.length - 1]!.toFixed(0)} ms over ${runs} runs (${summary})`,
  )
}
