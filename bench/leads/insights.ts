/**
 * bench/leads/insights: `/admin/insights` at scale. Preloads `BENCH_PRELOAD_LEADS` (default 50,000) leads
 * spread over a year with SQL (bench/leads/preload.ts: sources, referrers, outcomes, areas, status history),
 * serves the production build, signs in as the sales user, then times, one request at a time after a warm-up:
 *
 * - the page with its default range (the last 12 weeks: about 11,500 of the leads),
 * - the page over the whole year (every lead),
 *
 * and each aggregate behind it on its own (lib/insights, called in this process on the same database), so a
 * slow page can be traced to its query. Target: page p95 under 500 ms.
 *
 *   npm run bench:leads:insights    (BENCH_INSIGHTS_REQUESTS=30 BENCH_PRELOAD_LEADS=50000)
 */
import type { Payload } from 'payload'

import { byArea } from '@/lib/insights/areas'
import { funnel } from '@/lib/insights/funnel'
import { byOutcome } from '@/lib/insights/outcome'
import { parseRange, type InsightsRange } from '@/lib/insights/range'
import { responseTimes } from '@/lib/insights/response'
import { bySource } from '@/lib/insights/source'
import { totals } from '@/lib/insights/totals'
import { weeklyByStatus } from '@/lib/insights/weekly'
import { openPayload } from '@/lib/runtime/payload'

import { fmt, percentile } from '../lib/stats'
import { html, signIn, timePages, type Page } from './pages'
import { preloadedDatabase } from './preloaded'
import { ensureBuild, SALES, startApp } from './servers'

const PRELOAD = Number(process.env.BENCH_PRELOAD_LEADS || 50_000)
const REQUESTS = Number(process.env.BENCH_INSIGHTS_REQUESTS || 30)
const WARMUP = 5
const TARGET_P95_MS = 500
const DB = process.env.BENCH_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/mlops_bench_insights'

const isoDay = (date: Date) => date.toISOString().slice(0, 10)
const yearAgo = isoDay(new Date(Date.now() - 365 * 86_400_000))

const PAGES: Page[] = [
  { label: 'insights, last 12 weeks', path: '/admin/insights', check: html('data-insights="response"') },
  {
    label: 'insights, the whole year',
    path: `/admin/insights?from=${yearAgo}&to=${isoDay(new Date())}`,
    check: html('data-insights="response"'),
  },
]

const AGGREGATES: [string, (payload: Payload, range: InsightsRange) => Promise<unknown>][] = [
  ['totals', totals],
  ['per week by status', weeklyByStatus],
  ['by source', (payload, range) => bySource(payload, range, 0)],
  ['by outcome', (payload, range) => byOutcome(payload, range, 0)],
  ['by area', byArea],
  ['funnel', funnel],
  ['first response', (payload, range) => responseTimes(payload, range, 24)],
]

async function timeAggregates(payload: Payload, label: string, range: InsightsRange) {
  for (const [name, run] of AGGREGATES) {
    const latencies: number[] = []
    for (let i = 0; i < WARMUP + REQUESTS; i++) {
      const t0 = performance.now()
      await run(payload, range)
      if (i >= WARMUP) latencies.push(performance.now() - t0)
    }
    latencies.sort((a, b) => a - b)
    console.log(
      `${`${name}, ${label}`.padEnd(36)}${fmt(percentile(latencies, 50), 1).padStart(9)}${fmt(percentile(latencies, 95), 1).padStart(9)}`,
    )
  }
}

async function main(): Promise<boolean> {
  const { env, preloaded } = await preloadedDatabase(DB, PRELOAD)
  console.log(`Preloaded ${preloaded.leads} leads in ${fmt(preloaded.ms / 1000)} s.`)
  await ensureBuild(env)
  const app = await startApp(env)
  let ok: boolean
  try {
    const headers = { authorization: `JWT ${await signIn(app.url, SALES)}` }
    console.log(`\n${REQUESTS} requests each, one at a time, after ${WARMUP} not counted, signed in as sales`)
    ok = await timePages(app.url, PAGES, headers, {
      warmup: WARMUP,
      requests: REQUESTS,
      targetP95Ms: TARGET_P95_MS,
      labelWidth: 36,
    })
  } finally {
    await app.stop()
  }

  // Each query alone, with the app stopped: where the page's time goes.
  process.env.DATABASE_URL = DB
  const payload = await openPayload()
  const twelveWeeks = parseRange({})
  const year = parseRange({ from: yearAgo })
  if (!twelveWeeks.ok || !year.ok) throw new Error('The bench ranges do not parse.')
  console.log(`\nEach aggregate on its own (lib/insights), ${REQUESTS} runs after ${WARMUP}`)
  console.log(`${'query'.padEnd(36)}${'p50 ms'.padStart(9)}${'p95 ms'.padStart(9)}`)
  await timeAggregates(payload, '12 weeks', twelveWeeks.range)
  await timeAggregates(payload, 'year', year.range)
  await payload.destroy()
  return ok
}

main().then(
  (ok) => process.exit(ok ? 0 : 1),
  (error) => {
    console.error(`bench:leads:insights failed: ${(error as Error).stack ?? error}`)
    process.exit(1)
  },
)
