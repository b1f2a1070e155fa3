/**
 * bench/leads: concurrent enquiries against the production build, with the fake Resend and
 * the rate limit off. Prints accepted submissions per second and p50/p95/p99 latency, then
 * waits for the email queue to drain and checks that stored leads equal acknowledged
 * submissions and that emails equal two per non-spam lead.
 *
 *   npm run bench:leads            (BENCH_CONNECTIONS=20 BENCH_SECONDS=20 by default)
 */
import { spawn } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { existsSync } from 'node:fs'
import path from 'node:path'

import pg from 'pg'

import { recreateDatabase } from '@/lib/db/admin'
import { run } from '@/lib/runtime/run'
import { appServerCommand } from '@/lib/runtime/server'

import { freePort } from '../../tests/setup/app'
import { startFakeResend, type FakeEmail } from '../../tests/support/fakeResend'

const connections = Number(process.env.BENCH_CONNECTIONS || 20)
const seconds = Number(process.env.BENCH_SECONDS || 20)
const providerLatencyMs = Number(process.env.BENCH_PROVIDER_LATENCY_MS || 25)
const spamShare = 0.05
// `app`: the job runner inside the web process (JOBS_AUTORUN); `process`: `npm run jobs` beside it.
const runnerMode = process.env.BENCH_RUNNER === 'process' ? 'process' : 'app'
const dbUrl = process.env.BENCH_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/mlops_bench_leads'
const distDir = process.env.NEXT_DIST_DIR || '.next-bench'
const bin = (name: string) => path.resolve('node_modules/.bin', name)

const percentile = (sorted: number[], p: number): number =>
  sorted.length ? (sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN) : NaN

async function query<T extends pg.QueryResultRow>(sql: string): Promise<[T, ...T[]]> {
  const client = new pg.Client({ connectionString: dbUrl })
  await client.connect()
  try {
    const { rows } = await client.query<T>(sql)
    const [first, ...rest] = rows
    if (!first) throw new Error(`No row from: ${sql}`)
    return [first, ...rest]
  } finally {
    await client.end()
  }
}

const resend = await startFakeResend()
await fetch(`${resend.url}/__fake/mode`, { method: 'POST', body: JSON.stringify({ kind: 'ok', latencyMs: providerLatencyMs }) })

const port = await freePort()
const url = `http://127.0.0.1:${port}`
const env: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: 'production',
  DATABASE_URL: dbUrl,
  PAYLOAD_SECRET: process.env.PAYLOAD_SECRET || 'bench-payload-secret',
  REVALIDATE_SECRET: 'bench-revalidate-secret',
  PREVIEW_SECRET: 'bench-preview-secret',
  NEXT_PUBLIC_SERVER_URL: url,
  NEXT_DIST_DIR: distDir,
  NEXT_TELEMETRY_DISABLED: '1',
  LEAD_RATE_LIMIT: '0',
  RESEND_API_KEY: 're_bench_key',
  RESEND_BASE_URL: resend.url,
  LEADS_NOTIFY_TO: 'sales@paiteq.example',
  JOBS_INTERVAL_SECONDS: '1',
  JOBS_AUTORUN: runnerMode === 'app' ? '1' : '0',
}

console.log(`Database ${dbUrl.replace(/\/\/[^@]*@/, '//')} (recreated), build in ${distDir}, job runner: ${runnerMode}.`)
await recreateDatabase(dbUrl)
await run(bin('tsx'), ['scripts/migrate.ts', '--seed-if-empty'], env, 'Migrating the bench database')
if (!existsSync(path.join(distDir, 'BUILD_ID'))) {
  console.log('No build yet: building (about a minute)…')
  await run(bin('next'), ['build'], env, 'The bench build')
}
const [{ id: areaId }] = await query<{ id: number }>('SELECT id FROM service_areas ORDER BY id LIMIT 1')

const serverCommand = appServerCommand(port)
const server = spawn(serverCommand.command, serverCommand.args, { env, stdio: ['ignore', 'ignore', 'inherit'], detached: true })
const worker =
  runnerMode === 'process'
    ? spawn(bin('tsx'), ['scripts/jobs.ts'], { env, stdio: ['ignore', 'ignore', 'inherit'], detached: true })
    : null
const stopServer = () => {
  for (const child of [server, worker]) if (child?.pid && child.exitCode === null) process.kill(-child.pid, 'SIGTERM')
}
process.on('exit', stopServer)
for (let i = 0; ; i++) {
  try {
    if ((await fetch(`${url}/`)).ok) break
  } catch {
    // not up yet
  }
  if (i > 300) throw new Error('The app did not start.')
  await new Promise((r) => setTimeout(r, 200))
}

const body = (spam: boolean, submissionId = randomUUID()) =>
  JSON.stringify({
    name: 'Bench Prospect',
    email: `bench.${randomUUID().slice(0, 12)}@example.com`,
    company: 'Load Test Ltd',
    role: 'CTO',
    areas: [String(areaId)],
    cloud: 'aws',
    timeline: 'now',
    message: 'We need a feature store and drift monitoring before Q3.',
    consent: true,
    submissionId,
    startedAt: Date.now() - 30_000,
    website: spam ? 'http://spam.example' : '',
  })

// Warm up the route (first compile of the handler, Payload boot) outside the measurement.
for (let i = 0; i < 5; i++) {
  await fetch(`${url}/start-a-project/submit`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: body(false) })
}
const [{ n: warmLeads }] = await query<{ n: string }>('SELECT count(*) AS n FROM leads')

// `connections` clients, each sending one enquiry after another for `seconds`. Every
// submission id is recorded with its answer, so the checks below are exact: nothing is in
// flight when the clock stops (each client finishes the request it started).
type Sent = { submissionId: string; spam: boolean; status: number; ms: number }
const sent: Sent[] = []
const started = Date.now()
const until = started + seconds * 1000
await Promise.all(
  Array.from({ length: connections }, async () => {
    while (Date.now() < until) {
      const spam = Math.random() < spamShare
      const submissionId = randomUUID()
      const t0 = performance.now()
      let status = 0
      try {
        const res = await fetch(`${url}/start-a-project/submit`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: body(spam, submissionId),
        })
        await res.arrayBuffer()
        status = res.status
      } catch {
        status = -1
      }
      sent.push({ submissionId, spam, status, ms: performance.now() - t0 })
    }
  }),
)
const loadMs = Date.now() - started
const emailsDuringLoad = (((await (await fetch(`${resend.url}/__fake/emails`)).json()) as { emails: FakeEmail[] }).emails).length
const acked = sent.filter((s) => s.status === 201)
const accepted = acked.length
const sentSpam = acked.filter((s) => s.spam).length
const latencies = acked.map((s) => s.ms)
latencies.sort((a, b) => a - b)
console.log('\nSubmissions')
const round = (n: number) => Math.round(n * 10) / 10
console.table({
  connections,
  'duration (s)': round(loadMs / 1000),
  'requests sent': sent.length,
  'accepted (201)': accepted,
  'other answers': sent.filter((s) => s.status !== 201 && s.status !== -1).length,
  'network errors': sent.filter((s) => s.status === -1).length,
  'accepted per second': Math.round((accepted / loadMs) * 1000 * 10) / 10,
  'p50 (ms)': round(percentile(latencies, 50)),
  'p95 (ms)': round(percentile(latencies, 95)),
  'p99 (ms)': round(percentile(latencies, 99)),
})

const drainStarted = Date.now()
for (;;) {
  const [{ n }] = await query<{ n: string }>(
    // Lead emails only: the nightly purge waits in the queue until 03:10 from the runner's first tick.
    `SELECT count(*) AS n FROM payload_jobs
     WHERE task_slug = 'sendLeadEmail' AND completed_at IS NULL AND has_error = false`,
  )
  if (Number(n) === 0) break
  if (Date.now() - drainStarted > 10 * 60_000) throw new Error(`Queue not drained after 10 minutes (${n} left).`)
  await new Promise((r) => setTimeout(r, 500))
}
const drainMs = Date.now() - drainStarted

const ackedIds = acked.map((s) => `'${s.submissionId}'`).join(',')
const [{ n: ackedStored }] = ackedIds
  ? await query<{ n: string }>(`SELECT count(*) AS n FROM leads WHERE submission_id IN (${ackedIds})`)
  : [{ n: '0' }]
const [counts] = await query<{ leads: string; spam: string; failed: string }>(
  `SELECT count(*) AS leads, count(*) FILTER (WHERE spam) AS spam,
          count(*) FILTER (WHERE sales_notification_state <> 'sent' AND NOT spam
                           OR confirmation_state <> 'sent' AND NOT spam) AS failed
     FROM leads`,
)
const emails = ((await (await fetch(`${resend.url}/__fake/emails`)).json()) as { emails: FakeEmail[] }).emails
const stored = Number(counts.leads) - Number(warmLeads)
const nonSpam = Number(counts.leads) - Number(counts.spam)
const keys = new Set(emails.map((e) => e.idempotencyKey))

console.log('\nQueue and integrity')
console.table({
  'emails sent while under load': emailsDuringLoad,
  'queue drained after load (s)': Math.round(drainMs / 100) / 10,
  'emails per second overall': Math.round((emails.length / (loadMs + drainMs)) * 1000 * 10) / 10,
  'stored leads (bench)': stored,
  'acknowledged (201)': accepted,
  'acknowledged and found stored': Number(ackedStored),
  'spam leads (all)': Number(counts.spam),
  'spam sent (bench)': sentSpam,
  'non-spam leads (all)': nonSpam,
  'emails delivered': emails.length,
  'expected (2 per non-spam lead)': nonSpam * 2,
  'distinct idempotency keys': keys.size,
  'leads not fully notified': Number(counts.failed),
})

const ok =
  stored === accepted && Number(ackedStored) === accepted && emails.length === nonSpam * 2 && keys.size === emails.length
console.log(ok ? '\nOK: every acknowledged enquiry stored; two emails per non-spam lead, none twice.' : '\nMISMATCH: see the table above.')
stopServer()
await resend.close()
process.exit(ok ? 0 : 1)
