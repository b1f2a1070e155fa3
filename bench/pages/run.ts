/**
 * bench/pages: the home page against a bare Next page holding the same visible text, both
 * built with `next build` and served as `npm start` serves (`scripts/server.mjs`), measured in interleaved rounds:
 * autocannon (10 connections, 10 s, gzip; after a 5 s warm-up of each server that is not
 * counted) and Lighthouse 12 (mobile, desktop).
 *
 *   npm run bench:pages            (ROUNDS=3 by default; BENCH_DATABASE_URL optional)
 */
import { run } from '@/lib/runtime/run'

import { freePort } from '@/lib/runtime/port'

import { benchDatabase, bin, nextStart } from '../lib/app'
import { runLighthouse, type LighthouseFigures } from '../lib/lighthouse'
import { load, type LoadResult } from '../lib/load'
import { fmt, median } from '../lib/stats'
import { BARE_DIR, visibleText, writeBareApp } from './bareApp'

const ROUNDS = Number(process.env.ROUNDS || 3)
const DURATION = Number(process.env.DURATION || 10)
const WARMUP = Number(process.env.WARMUP || 5)

type Sample = { load: LoadResult; mobile: LighthouseFigures; desktop: LighthouseFigures }

async function main() {
  const db = await benchDatabase()
  const appPort = await freePort()
  const env = {
    ...process.env,
    DATABASE_URL: db.url,
    NEXT_DIST_DIR: '.next-bench',
    PAYLOAD_SECRET: 'bench-secret',
    REVALIDATE_SECRET: 'bench-revalidate',
    NEXT_PUBLIC_SERVER_URL: `http://127.0.0.1:${appPort}`,
    NEXT_TELEMETRY_DISABLED: '1',
    NODE_ENV: 'production' as const,
  }
  console.log('building the app…')
  await run(bin('next'), ['build'], env, 'app build')
  const app = await nextStart(env, appPort)

  console.log('building the bare page with the same visible text…')
  const text = await visibleText(app.url)
  writeBareApp(text)
  const bareEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' as const }
  await run(bin('next'), ['build', BARE_DIR], bareEnv, 'bare build')
  const bare = await nextStart(bareEnv, await freePort(), BARE_DIR)

  const samples: Record<'app' | 'bare', Sample[]> = { app: [], bare: [] }
  try {
    // A freshly started server answers its first seconds of load with cold code (no JIT, empty
    // caches): both are warmed up the same way first, and that load is not counted.
    console.log(`warming both servers up (${WARMUP} s each, not counted)…`)
    for (const url of [app.url, bare.url]) await load(url, { connections: 10, duration: WARMUP })
    for (let round = 1; round <= ROUNDS; round++) {
      const order = round % 2 ? (['app', 'bare'] as const) : (['bare', 'app'] as const)
      for (const which of order) {
        const url = which === 'app' ? app.url : bare.url
        const loadResult = await load(url, { connections: 10, duration: DURATION })
        const mobile = await runLighthouse(url, 'mobile')
        const desktop = await runLighthouse(url, 'desktop')
        samples[which].push({ load: loadResult, mobile, desktop })
        console.log(
          `round ${round} ${which.padEnd(4)} ${fmt(loadResult.rps, 0)} req/s p50 ${loadResult.p50} ms p95 ${loadResult.p95} ms ` +
            `p99 ${loadResult.p99} ms errors ${loadResult.errors + loadResult.non2xx} | mobile ${mobile.performance} ` +
            `LCP ${fmt(mobile.lcpMs, 0)} ms TBT ${fmt(mobile.tbtMs, 0)} ms JS ${mobile.scriptBytes} B ` +
            `(benchmark index ${fmt(mobile.benchmarkIndex, 0)}) | desktop ${desktop.performance}`,
        )
      }
    }
  } finally {
    await app.stop()
    await bare.stop()
    await db.embedded?.stop()
  }
  report(samples)
}

function report(samples: Record<'app' | 'bare', Sample[]>) {
  const m = (which: 'app' | 'bare', pick: (s: Sample) => number) => median(samples[which].map(pick))
  const rows: [string, (s: Sample) => number, number][] = [
    ['req/s', (s) => s.load.rps, 0],
    ['p50 ms', (s) => s.load.p50, 0],
    ['p95 ms', (s) => s.load.p95, 0],
    ['p99 ms', (s) => s.load.p99, 0],
    ['mobile performance', (s) => s.mobile.performance, 0],
    ['mobile accessibility', (s) => s.mobile.accessibility, 0],
    ['mobile best practices', (s) => s.mobile.bestPractices, 0],
    ['mobile SEO', (s) => s.mobile.seo, 0],
    ['mobile LCP ms', (s) => s.mobile.lcpMs, 0],
    ['mobile TBT ms', (s) => s.mobile.tbtMs, 0],
    ['benchmark index', (s) => s.mobile.benchmarkIndex, 0],
    ['mobile total bytes', (s) => s.mobile.totalBytes, 0],
    ['mobile JS bytes', (s) => s.mobile.scriptBytes, 0],
    ['desktop performance', (s) => s.desktop.performance, 0],
    ['desktop LCP ms', (s) => s.desktop.lcpMs, 0],
  ]
  console.log(`\nmedians over ${ROUNDS} interleaved rounds`)
  console.log(`${'figure'.padEnd(24)}${'home'.padStart(12)}${'bare'.padStart(12)}${'ratio'.padStart(9)}`)
  for (const [label, pick, digits] of rows) {
    const a = m('app', pick)
    const b = m('bare', pick)
    console.log(
      `${label.padEnd(24)}${fmt(a, digits).padStart(12)}${fmt(b, digits).padStart(12)}${fmt(a / b, 2).padStart(9)}`,
    )
  }
  const checks: [string, boolean][] = [
    ['throughput >= 0.8 x bare', m('app', (s) => s.load.rps) >= 0.8 * m('bare', (s) => s.load.rps)],
    ['mobile performance >= 98', m('app', (s) => s.mobile.performance) >= 98],
    ['accessibility = 100', m('app', (s) => s.mobile.accessibility) === 100],
    ['best practices = 100', m('app', (s) => s.mobile.bestPractices) === 100],
    ['SEO = 100', m('app', (s) => s.mobile.seo) === 100],
    [
      'JS <= 1.2 x bare',
      m('app', (s) => s.mobile.scriptBytes) <= 1.2 * m('bare', (s) => s.mobile.scriptBytes),
    ],
    ['LCP <= 1.2 x bare', m('app', (s) => s.mobile.lcpMs) <= 1.2 * m('bare', (s) => s.mobile.lcpMs)],
  ]
  console.log('\ntargets')
  for (const [label, ok] of checks) console.log(`${ok ? 'met ' : 'MISS'}  ${label}`)
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(`bench:pages failed: ${(error as Error).message}`)
    process.exit(1)
  },
)
