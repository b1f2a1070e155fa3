/**
 * bench/leads: "Start a project" enquiries against the production build, side by side with
 * the floor (bench/leads/floor.ts: plain Node + pg, the lead and its two job rows in one
 * transaction), in interleaved rounds of the same load: unique enquiries from distinct client
 * addresses, the enquiry limit on at its default, about 5% honeypot spam. It prints for both
 * accepted/s and p50/p95/p99 and the ratios; the home page's p95 quiet and during the app's
 * lead load; the email queue's drain rate (a burst queued with no runner, then `npm run jobs`:
 * emails/s from its first provider call to its last, the fake provider answering at once); and
 * checks exactly that every acknowledged enquiry is stored, each non-spam lead got two emails
 * and no email was asked of the provider twice. Exits non-zero on a mismatch.
 *
 *   npm run bench:leads    (BENCH_ROUNDS=3 BENCH_SECONDS=10 BENCH_CONNECTIONS=20 BENCH_DRAIN_LEADS=1000
 *                           BENCH_PRELOAD_LEADS=0 by default; see bench/leads/README.md)
 */
import { callsPerKey, startFakeResend, type FakeAttempt } from '../../tests/support/fakeResend'
import { freePort } from '@/lib/runtime/port'
import { fmt, median, percentile } from '../lib/stats'
import { driveEnquiries, pageReader, type LoadFigures, type Sent } from './enquiries'
import { preloadLeads } from './preload'
import {
  benchEnv,
  dbName,
  ensureBuild,
  freshDatabase,
  query,
  startApp,
  startFloor,
  startJobs,
  type Proc,
  vacuum,
} from './servers'

const ROUNDS = Number(process.env.BENCH_ROUNDS || 3)
const SECONDS = Number(process.env.BENCH_SECONDS || 10)
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS || 20)
const HOME_CONNECTIONS = 5
const QUIET_SECONDS = 3
const DRAIN_LEADS = Number(process.env.BENCH_DRAIN_LEADS || 1000)
const PICKUP_LEADS = 20
const PRELOAD = Number(process.env.BENCH_PRELOAD_LEADS || 0)
const PROVIDER_LATENCY_MS = Number(process.env.BENCH_PROVIDER_LATENCY_MS || 0)
const APP_DB = process.env.BENCH_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/mlops_bench_leads_a'
const FLOOR_DB =
  process.env.BENCH_FLOOR_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/mlops_bench_floor_a'

const TARGETS = { acceptedRatio: 0.5, p95Ratio: 3, homeRatio: 3, emailsPerSecond: 200, pickupMs: 100 }

type Which = 'floor' | 'app'
type HomeRound = { quietP95: number; busyP95: number }

async function waitForQueue(url: string, what: string): Promise<void> {
  const started = Date.now()
  for (;;) {
    // Lead emails only: the nightly purge waits in the queue until 03:10.
    const [{ n }] = await query<{ n: string }>(
      url,
      `SELECT count(*) AS n FROM payload_jobs
        WHERE task_slug = 'sendLeadEmail' AND completed_at IS NULL AND has_error = false`,
    )
    if (Number(n) === 0) return
    if (Date.now() - started > 10 * 60_000)
      throw new Error(`${what}: queue not drained after 10 minutes (${n} left).`)
    await new Promise((r) => setTimeout(r, 250))
  }
}

async function main() {
  const resend = await startFakeResend()
  await resend.setMode({ kind: 'ok', latencyMs: PROVIDER_LATENCY_MS })
  const appPort = await freePort()
  const floorPort = await freePort()
  const appEnv = benchEnv(APP_DB, appPort, {
    TRUSTED_PROXY_HOPS: '1',
    RESEND_API_KEY: 're_bench_key',
    RESEND_BASE_URL: resend.url,
    LEADS_NOTIFY_TO: 'sales@paiteq.example',
    JOBS_INTERVAL_SECONDS: '1',
    JOBS_AUTORUN: '1',
  })
  // The enquiry limit at its default (5/600 per address): paid for on every enquiry.
  delete appEnv.LEAD_RATE_LIMIT
  // The floor starts like the app, with the app's environment but its own database and port.
  const floorEnv = {
    ...appEnv,
    DATABASE_URL: FLOOR_DB,
    PORT: String(floorPort),
    NEXT_PUBLIC_SERVER_URL: `http://127.0.0.1:${floorPort}`,
  }

  console.log(
    `Databases ${dbName(APP_DB)} (app) and ${dbName(FLOOR_DB)} (floor), recreated; build in ${appEnv.NEXT_DIST_DIR}; ` +
      `${ROUNDS} rounds × ${SECONDS} s per side, ${CONNECTIONS} connections; provider latency ${PROVIDER_LATENCY_MS} ms.`,
  )
  await freshDatabase(APP_DB)
  await freshDatabase(FLOOR_DB)
  const [{ autovacuum }] = await query<{ autovacuum: string }>(APP_DB, 'SHOW autovacuum')
  console.log(
    `Postgres autovacuum: ${autovacuum}. The bench runs VACUUM ANALYZE on both databases before every round and on ` +
      `the app's before the drain, as autovacuum would between them (with it off, the dead rows of the queue's ` +
      `deleted jobs pile up and slow every later claim).`,
  )
  if (PRELOAD > 0) {
    for (const url of [APP_DB, FLOOR_DB]) {
      const done = await preloadLeads(url, PRELOAD)
      console.log(
        `Preloaded ${done.leads} leads (${done.duplicateLinks} duplicate links) into ${dbName(url)} in ${fmt(done.ms / 1000)} s.`,
      )
    }
  }
  await ensureBuild(appEnv)
  const [{ id: areaId }] = await query<{ id: number }>(
    APP_DB,
    'SELECT id FROM service_areas ORDER BY id LIMIT 1',
  )
  const [{ id: floorAreaId }] = await query<{ id: number }>(
    FLOOR_DB,
    'SELECT id FROM service_areas ORDER BY id LIMIT 1',
  )

  let app: Proc = await startApp(appEnv)
  const floor = await startFloor(floorEnv)
  const servers = { app, floor }
  const area = { app: areaId, floor: floorAreaId }
  const sent: Record<Which, Sent[]> = { app: [], floor: [] }
  const rounds: Record<Which, LoadFigures[]> = { app: [], floor: [] }

  try {
    // Cold code (no JIT, Payload's first boot) is warmed on both sides alike and not counted,
    // but its enquiries are checked like the others.
    console.log('warming both up (3 s each, not counted)…')
    for (const which of ['floor', 'app'] as const) {
      sent[which].push(
        ...(await driveEnquiries(servers[which].url, area[which], { connections: CONNECTIONS, seconds: 3 }))
          .sent,
      )
    }
    await waitForQueue(APP_DB, 'warm-up')

    // The home page quiet is read just before each home round (the app's queue empty, nothing else of
    // the bench running), so quiet and busy are sampled in the same minute of a shared machine.
    const home: HomeRound[] = []
    const homeLoad: number[] = []

    // Intake rounds: the same load on both sides and nothing else, so accepted/s compare like with like.
    for (let round = 1; round <= ROUNDS; round++) {
      const order: Which[] = round % 2 ? ['floor', 'app'] : ['app', 'floor']
      for (const which of order) {
        // Every round starts with the app's queue empty: a floor round must not share the machine with the
        // app's runner still sending the previous app round's emails.
        const waited = Date.now()
        await waitForQueue(APP_DB, `before round ${round}`)
        if (Date.now() - waited > 500)
          console.log(`  (the app's queue emptied ${fmt((Date.now() - waited) / 1000, 1)} s after its round)`)
        await Promise.all([vacuum(APP_DB), vacuum(FLOOR_DB)])
        const result = await driveEnquiries(servers[which].url, area[which], {
          connections: CONNECTIONS,
          seconds: SECONDS,
        })
        sent[which].push(...result.sent)
        rounds[which].push(result.figures)
        const f = result.figures
        console.log(
          `round ${round} ${which.padEnd(5)} ${fmt(f.acceptedPerSecond, 1).padStart(7)} accepted/s  p50 ${fmt(f.p50, 0)} ms ` +
            `p95 ${fmt(f.p95, 0)} ms p99 ${fmt(f.p99, 0)} ms  (${f.accepted} accepted, ${f.other} other answers, ${f.errors} errors)`,
        )
      }
    }

    // Home rounds: the home page read quietly, then while the app takes the same enquiry load. Apart from the
    // intake rounds, whose floor has no page to serve: readers there would load the app's side only.
    for (let round = 1; round <= ROUNDS; round++) {
      await waitForQueue(APP_DB, `before home round ${round}`)
      await vacuum(APP_DB)
      const quiet = pageReader(`${app.url}/`, HOME_CONNECTIONS)
      await new Promise((r) => setTimeout(r, QUIET_SECONDS * 1000))
      const quietRound = await quiet.stop()
      const reader = pageReader(`${app.url}/`, HOME_CONNECTIONS)
      const result = await driveEnquiries(app.url, areaId, { connections: CONNECTIONS, seconds: SECONDS })
      const busyRound = await reader.stop()
      sent.app.push(...result.sent)
      homeLoad.push(result.figures.acceptedPerSecond)
      home.push({ quietP95: percentile(quietRound, 95), busyP95: percentile(busyRound, 95) })
      console.log(
        `home round ${round}: p95 ${fmt(percentile(quietRound, 95), 0)} ms quiet, ${fmt(percentile(busyRound, 95), 0)} ms ` +
          `while the app takes ${fmt(result.figures.acceptedPerSecond, 1)} enquiries/s`,
      )
    }

    console.log('letting the app send what the rounds queued…')
    await waitForQueue(APP_DB, 'after the rounds')

    // Pickup: single enquiries on a quiet app, a quarter-second apart: from the 201 (sent after the commit)
    // to the provider's first call for that lead. The runner's poll (JOBS_INTERVAL_SECONDS) is far slower.
    console.log(`pickup: ${PICKUP_LEADS} single enquiries, commit to first email…`)
    const answeredAt = new Map<string, number>()
    for (let i = 0; i < PICKUP_LEADS; i++) {
      const one = await driveEnquiries(app.url, areaId, { connections: 1, total: 1, spamShare: 0 })
      const done = Date.now()
      sent.app.push(...one.sent)
      for (const s of one.sent) if (s.status === 201 && s.reference) answeredAt.set(s.reference, done)
      await new Promise((r) => setTimeout(r, 250))
    }
    await waitForQueue(APP_DB, 'after the pickup enquiries')
    const firstCall = new Map<string, number>()
    for (const a of (await resend.read()).attempts) {
      const ref = a.idempotencyKey?.split('/')[0]
      if (ref && answeredAt.has(ref) && !firstCall.has(ref)) firstCall.set(ref, a.at)
    }
    const pickupMs = [...answeredAt]
      .map(([ref, at]) => (firstCall.get(ref) ?? Number.NaN) - at)
      .sort((x, y) => x - y)

    // Queue drain: a burst queued with no runner anywhere, then one `npm run jobs` started:
    // emails/s from the burst's first provider call to its last.
    console.log(`queue drain: ${DRAIN_LEADS} enquiries with the runner off, then npm run jobs…`)
    await app.stop()
    app = await startApp({ ...appEnv, JOBS_AUTORUN: '0' })
    const burst = await driveEnquiries(app.url, areaId, {
      connections: CONNECTIONS,
      total: DRAIN_LEADS,
      spamShare: 0,
    })
    sent.app.push(...burst.sent)
    const burstRefs = new Set(
      burst.sent.filter((s) => s.status === 201 && s.reference).map((s) => s.reference),
    )
    await vacuum(APP_DB)
    const jobs = startJobs(appEnv)
    await waitForQueue(APP_DB, 'drain')
    await jobs.stop()
    const { attempts } = await resend.read()
    const burstCalls = attempts.filter((a) => burstRefs.has(a.idempotencyKey?.split('/')[0])).map((a) => a.at)
    const drainMs = Math.max(...burstCalls) - Math.min(...burstCalls)
    const emailsPerSecond = burstCalls.length > 1 ? ((burstCalls.length - 1) / drainMs) * 1000 : Number.NaN

    const integrity = await checkApp(sent.app, attempts)
    const floorIntegrity = await checkFloor(sent.floor)
    report(rounds, home, homeLoad, { emails: burstCalls.length, ms: drainMs, emailsPerSecond }, pickupMs)
    console.log('\nintegrity')
    console.table({ ...integrity.table, ...floorIntegrity.table })
    const ok = integrity.ok && floorIntegrity.ok
    console.log(
      ok
        ? 'OK: every acknowledged enquiry stored; two emails per non-spam lead, none asked for twice.'
        : 'MISMATCH: see the table above.',
    )
    return ok
  } finally {
    await app.stop()
    await floor.stop()
    await resend.close()
  }
}

/** Exact: acknowledged = stored; two provider calls per non-spam lead, one per key, none for spam. */
async function checkApp(sent: Sent[], attempts: FakeAttempt[]) {
  const acked = sent.filter((s) => s.status === 201)
  const leads = await query<{ reference: string; submission_id: string; spam: boolean }>(
    APP_DB,
    `SELECT reference, submission_id, spam FROM leads WHERE submission_id NOT LIKE 'preload-%'`,
  )
  const stored = new Set(leads.map((l) => l.submission_id))
  const nonSpam = leads.filter((l) => !l.spam)
  const calls = callsPerKey(attempts)
  const expectedKeys = nonSpam.flatMap((l) => [`${l.reference}/sales`, `${l.reference}/confirmation`])
  const missing = expectedKeys.filter((k) => !calls.has(k)).length
  const twice = [...calls.values()].filter((n) => n > 1).length
  const expected = new Set(expectedKeys)
  const unexpected = [...calls.keys()].filter((k) => !expected.has(k)).length
  const table = {
    'app: acknowledged (201)': acked.length,
    'app: stored bench leads': leads.length,
    'app: acknowledged and found stored': acked.filter((s) => stored.has(s.submissionId)).length,
    'app: spam acknowledged / stored': `${acked.filter((s) => s.spam).length} / ${leads.length - nonSpam.length}`,
    'app: provider calls / expected (2 per non-spam lead)': `${attempts.length} / ${expectedKeys.length}`,
    'app: emails missing': missing,
    'app: keys asked for twice': twice,
    'app: calls for no bench lead': unexpected,
  }
  const ok =
    leads.length === acked.length &&
    acked.every((s) => stored.has(s.submissionId)) &&
    acked.filter((s) => s.spam).length === leads.length - nonSpam.length &&
    attempts.length === expectedKeys.length &&
    missing === 0 &&
    twice === 0 &&
    unexpected === 0
  return { ok, table }
}

/** The floor's own rows: acknowledged = stored, two job rows per non-spam lead. */
async function checkFloor(sent: Sent[]) {
  const acked = sent.filter((s) => s.status === 201)
  const [row] = await query<{ leads: string; nonspam: string; jobs: string }>(
    FLOOR_DB,
    `SELECT (SELECT count(*) FROM leads WHERE submission_id NOT LIKE 'preload-%') AS leads,
            (SELECT count(*) FROM leads WHERE submission_id NOT LIKE 'preload-%' AND NOT spam) AS nonspam,
            (SELECT count(*) FROM payload_jobs WHERE task_slug = 'sendLeadEmail') AS jobs`,
  )
  const table = {
    'floor: acknowledged (201) / stored': `${acked.length} / ${row.leads}`,
    'floor: job rows / expected': `${row.jobs} / ${Number(row.nonspam) * 2}`,
  }
  return { ok: Number(row.leads) === acked.length && Number(row.jobs) === Number(row.nonspam) * 2, table }
}

function report(
  rounds: Record<Which, LoadFigures[]>,
  home: HomeRound[],
  homeLoad: number[],
  drain: { emails: number; ms: number; emailsPerSecond: number },
  pickupMs: number[],
) {
  const m = (which: Which, pick: (f: LoadFigures) => number) => median(rounds[which].map(pick))
  const rows: [string, (f: LoadFigures) => number, number][] = [
    ['accepted/s', (f) => f.acceptedPerSecond, 1],
    ['p50 ms', (f) => f.p50, 0],
    ['p95 ms', (f) => f.p95, 0],
    ['p99 ms', (f) => f.p99, 0],
    ['other answers', (f) => f.other, 0],
    ['network errors', (f) => f.errors, 0],
  ]
  console.log(
    `\nmedians over ${ROUNDS} interleaved rounds of ${SECONDS} s, ${CONNECTIONS} connections${PRELOAD ? `, ${PRELOAD} leads preloaded` : ''}`,
  )
  console.log(`${'figure'.padEnd(22)}${'app'.padStart(10)}${'floor'.padStart(10)}${'app/floor'.padStart(11)}`)
  for (const [label, pick, digits] of rows) {
    const a = m('app', pick)
    const f = m('floor', pick)
    console.log(
      `${label.padEnd(22)}${fmt(a, digits).padStart(10)}${fmt(f, digits).padStart(10)}${fmt(a / f, 2).padStart(11)}`,
    )
  }
  // Each round's ratio pairs a quiet and a busy reading taken a few seconds apart; the median of
  // those ratios, like every other figure here, so one noisy minute of a shared machine does not decide.
  const quietP95 = median(home.map((h) => h.quietP95))
  const busyP95 = median(home.map((h) => h.busyP95))
  const homeRatio = median(home.map((h) => h.busyP95 / h.quietP95))
  console.log(
    `\nhome page (${HOME_CONNECTIONS} connections): median p95 quiet ${fmt(quietP95, 1)} ms, during the app's lead load ${fmt(busyP95, 1)} ms; median of the rounds' ratios ${fmt(homeRatio, 2)}` +
      ` (the app took a median ${fmt(median(homeLoad), 1)} enquiries/s while serving the home page)`,
  )
  console.log(
    `queue drain: ${drain.emails} emails, first to last provider call ${fmt(drain.ms / 1000, 1)} s: ${fmt(drain.emailsPerSecond, 1)} emails/s`,
  )
  const pickupP95 = percentile(pickupMs, 95)
  console.log(
    `pickup (commit to first email, ${pickupMs.length} single enquiries): p50 ${fmt(percentile(pickupMs, 50), 0)} ms, p95 ${fmt(pickupP95, 0)} ms, max ${fmt(pickupMs.at(-1) ?? Number.NaN, 0)} ms`,
  )
  const acceptedRatio = m('app', (f) => f.acceptedPerSecond) / m('floor', (f) => f.acceptedPerSecond)
  const p95Ratio = m('app', (f) => f.p95) / m('floor', (f) => f.p95)
  // A ratio that could not be computed (a side accepted nothing) is a miss, not a pass.
  const within = (value: number, ok: (v: number) => boolean) => Number.isFinite(value) && ok(value)
  const checks: [string, boolean][] = [
    [
      `accepted/s >= ${TARGETS.acceptedRatio} x floor (${fmt(acceptedRatio, 2)})`,
      within(acceptedRatio, (v) => v >= TARGETS.acceptedRatio),
    ],
    [
      `p95 <= ${TARGETS.p95Ratio} x floor (${fmt(p95Ratio, 2)})`,
      within(p95Ratio, (v) => v <= TARGETS.p95Ratio),
    ],
    [
      `home p95 under lead load <= ${TARGETS.homeRatio} x quiet (${fmt(homeRatio, 2)})`,
      within(homeRatio, (v) => v <= TARGETS.homeRatio),
    ],
    [
      `queue drain >= ${TARGETS.emailsPerSecond} emails/s (${fmt(drain.emailsPerSecond, 1)})`,
      within(drain.emailsPerSecond, (v) => v >= TARGETS.emailsPerSecond),
    ],
    [
      `pickup p95 < ${TARGETS.pickupMs} ms (${fmt(pickupP95, 0)})`,
      within(pickupP95, (v) => v < TARGETS.pickupMs),
    ],
  ]
  console.log('\ntargets')
  for (const [label, ok] of checks) console.log(`${ok ? 'met ' : 'MISS'}  ${label}`)
}

main().then(
  (ok) => process.exit(ok ? 0 : 1),
  (error) => {
    console.error(`bench:leads failed: ${(error as Error).stack ?? error}`)
    process.exit(1)
  },
)
