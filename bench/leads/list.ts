/**
 * bench/leads/list: the lead list at scale. Preloads `BENCH_PRELOAD_LEADS` (default 50,000)
 * leads with SQL (bench/leads/preload.ts), serves the production build, signs in as the sales
 * user, reads every lead once through the REST API (the preloaded rows must be rows Payload
 * reads), then times what sales open, one request at a time after a warm-up:
 *
 * - the admin list page `/admin/collections/leads` (server-rendered HTML),
 * - the same with a search (`?search=acme`: name, email and company),
 * - the REST list the admin's tables use (`/api/leads?depth=1&limit=10&sort=-receivedAt`),
 * - the admin home with the sales panel (`/admin`: new, overdue and this week's counts).
 *
 * Target: p95 under 300 ms each.
 *
 *   npm run bench:leads:list    (BENCH_LIST_REQUESTS=30 BENCH_PRELOAD_LEADS=50000)
 */
import { fmt } from '../lib/stats'
import { html, isRecord, signIn, timePages, type Page } from './pages'
import { preloadedDatabase } from './preloaded'
import { ensureBuild, query, SALES, startApp } from './servers'

const PRELOAD = Number(process.env.BENCH_PRELOAD_LEADS || 50_000)
const REQUESTS = Number(process.env.BENCH_LIST_REQUESTS || 30)
const WARMUP = 5
const TARGET_P95_MS = 300
/** `BENCH_LIST_INDEXES=off`: without the indexes of migrations/20261130_170000_leads_list_indexes.ts, for a before/after. */
const WITHOUT_INDEXES = process.env.BENCH_LIST_INDEXES === 'off'
const LIST_INDEXES = [
  'leads_name_trgm_idx',
  'leads_email_trgm_idx',
  'leads_company_trgm_idx',
  'leads_status_received_at_idx',
]
const DB = process.env.BENCH_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/mlops_bench_leads_a'

/** A depth-1 list: ten leads, areas populated, duplicates as ids only. */
function restList(status: number, body: string): string | null {
  if (status !== 200) return `status ${status}`
  const parsed: unknown = JSON.parse(body)
  if (!isRecord(parsed) || !Array.isArray(parsed.docs) || parsed.docs.length !== 10)
    return 'not a list of 10 leads'
  for (const doc of parsed.docs) {
    if (!isRecord(doc)) return 'a lead is not an object'
    if (Array.isArray(doc.duplicates) && doc.duplicates.some((d) => typeof d !== 'number'))
      return 'duplicates populated'
  }
  return null
}

const PAGES: Page[] = [
  { label: 'admin list page', path: '/admin/collections/leads', check: html('PQ-') },
  { label: 'admin list, search "acme"', path: '/admin/collections/leads?search=acme', check: html('Acme') },
  { label: 'REST list, depth 1', path: '/api/leads?depth=1&limit=10&sort=-receivedAt', check: restList },
  { label: 'admin home, sales panel', path: '/admin', check: html('data-panel="overdue"') },
]

/** Every lead, read through the REST API in pages: Payload must read each preloaded row. */
async function readAll(
  base: string,
  headers: Record<string, string>,
): Promise<{ read: number; total: number }> {
  let read = 0
  let total = 0
  for (let page = 1; ; page++) {
    const res = await fetch(`${base}/api/leads?depth=0&limit=1000&page=${page}&sort=id`, {
      headers,
      signal: AbortSignal.timeout(60_000),
    })
    const body: unknown = await res.json()
    if (!res.ok || !isRecord(body) || !Array.isArray(body.docs))
      throw new Error(`Reading leads, page ${page}: ${res.status}`)
    read += body.docs.length
    total = Number(body.totalDocs)
    if (!body.hasNextPage) return { read, total }
  }
}

async function main(): Promise<boolean> {
  const { env, preloaded } = await preloadedDatabase(DB, PRELOAD)
  console.log(
    `Preloaded ${preloaded.leads} leads (${preloaded.duplicateLinks} duplicate links) in ${fmt(preloaded.ms / 1000)} s.`,
  )
  if (WITHOUT_INDEXES) {
    for (const index of LIST_INDEXES) await query(DB, `DROP INDEX ${index}`)
    console.log(`Dropped ${LIST_INDEXES.join(', ')} (BENCH_LIST_INDEXES=off).`)
  }
  await ensureBuild(env)
  const app = await startApp(env)
  try {
    const headers = { authorization: `JWT ${await signIn(app.url, SALES)}` }
    const all = await readAll(app.url, headers)
    console.log(`REST API, signed in as sales: read ${all.read} of ${all.total} leads.`)
    if (all.read !== PRELOAD || all.total !== PRELOAD)
      throw new Error(`Payload read ${all.read} leads of ${PRELOAD} preloaded.`)

    console.log(`\n${REQUESTS} requests each, one at a time, after ${WARMUP} not counted`)
    return await timePages(app.url, PAGES, headers, {
      warmup: WARMUP,
      requests: REQUESTS,
      targetP95Ms: TARGET_P95_MS,
      labelWidth: 28,
    })
  } finally {
    await app.stop()
  }
}

main().then(
  (ok) => process.exit(ok ? 0 : 1),
  (error) => {
    console.error(`bench:leads:list failed: ${(error as Error).stack ?? error}`)
    process.exit(1)
  },
)
