import { spawn, type ChildProcess } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import path from 'node:path'

import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { dropDatabase, recreateDatabase } from '@/lib/db/admin'

import { migrateAndSeed, siblingDatabaseUrl } from './setup/database'
import { startAppInstance, type AppInstance } from './support/appInstance'
import { testContext } from './support/context'
import { callsPerKey, startFakeResend, type FakeResend } from './support/fakeResend'
import { eventually } from './support/html'
import { uniqueIp } from './support/leads'

type Runner = { child: ChildProcess; kill: (signal: NodeJS.Signals) => Promise<void> }

/**
 * Several job runners on one database, as several app instances (or the app and `npm run jobs`) run them:
 * each job is claimed by one runner only, a runner killed mid-queue loses nothing once its lease has run out,
 * a live runner's slow job is not taken from it, and the nightly purge is queued once. Runs on its own
 * database and its own fake provider, so the shared test app's runner never takes these jobs.
 */
describe('jobs with several runners', () => {
  let dbUrl: string
  let resend: FakeResend
  let env: Record<string, string>
  let db: pg.Client
  const apps: AppInstance[] = []
  const runners: Runner[] = []

  async function startApp(extra: Record<string, string> = {}): Promise<AppInstance> {
    const app = await startAppInstance({ ...env, ...extra })
    apps.push(app)
    return app
  }

  /** `npm run jobs` as its own process group, so a SIGKILL reaches the runner itself and not only tsx. */
  function startRunner(extra: Record<string, string>): Runner {
    const child = spawn(path.resolve('node_modules/.bin/tsx'), ['scripts/jobs.ts'], {
      env: { ...process.env, ...env, ...extra },
      stdio: ['ignore', 'inherit', 'inherit'],
      detached: true,
    })
    const runner: Runner = {
      child,
      kill: async (signal) => {
        if (child.exitCode !== null || child.signalCode !== null || !child.pid) return
        const exited = new Promise((r) => child.once('exit', r))
        process.kill(-child.pid, signal)
        await exited
      },
    }
    runners.push(runner)
    return runner
  }

  /** Enquiries from distinct addresses and company domains (no duplicate links, no shared confirmation limit). */
  async function enquire(targets: AppInstance[], count: number): Promise<string[]> {
    const tag = randomUUID().slice(0, 6)
    const refs: string[] = []
    let next = 0
    const worker = async () => {
      while (next < count) {
        const i = next++
        const res = await fetch(`${targets[i % targets.length]!.url}/start-a-project/submit`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-forwarded-for': uniqueIp() },
          body: JSON.stringify({
            name: `Runner ${i}`,
            email: `lead${i}@runners-${tag}-${i}.example`,
            company: `Runners ${i} Ltd`,
            consent: true,
            submissionId: `runners-${tag}-${i}`,
            startedAt: Date.now() - 10_000,
          }),
        })
        expect(res.status).toBe(201)
        refs.push(((await res.json()) as { reference: string }).reference)
      }
    }
    await Promise.all(Array.from({ length: 6 }, worker))
    return refs
  }

  const keysOf = (refs: string[]) => refs.flatMap((r) => [`${r}/confirmation`, `${r}/sales`]).sort()

  async function leadJobs(): Promise<{ waiting: number; processing: number; failed: number }> {
    const { rows } = await db.query<{ waiting: string; processing: string; failed: string }>(
      `SELECT count(*) FILTER (WHERE completed_at IS NULL AND NOT has_error) AS waiting,
              count(*) FILTER (WHERE processing) AS processing,
              count(*) FILTER (WHERE has_error) AS failed
       FROM payload_jobs WHERE task_slug = 'sendLeadEmail'`,
    )
    return {
      waiting: Number(rows[0]!.waiting),
      processing: Number(rows[0]!.processing),
      failed: Number(rows[0]!.failed),
    }
  }

  /** No lead email job waiting or running (one failed for good stays, and shows in `leadJobs`). */
  const queueEmpty = async () => {
    const jobs = await leadJobs()
    return jobs.waiting === 0 && jobs.processing === 0
  }

  beforeAll(async () => {
    dbUrl = siblingDatabaseUrl(testContext().databaseUrl, 'runners')
    await recreateDatabase(dbUrl)
    resend = await startFakeResend()
    env = {
      ...testContext().env,
      DATABASE_URL: dbUrl,
      RESEND_BASE_URL: resend.url,
      LEAD_RATE_LIMIT: '0',
      JOBS_INTERVAL_SECONDS: '1',
    }
    await migrateAndSeed(env)
    db = new pg.Client({ connectionString: dbUrl })
    await db.connect()
  })
  afterAll(async () => {
    for (const runner of runners) await runner.kill('SIGTERM')
    for (const app of apps) await app.stop()
    await db?.end()
    await resend?.close()
    if (dbUrl) await dropDatabase(dbUrl)
  })

  describe('two app instances, each running jobs', () => {
    let a: AppInstance
    let b: AppInstance
    beforeAll(async () => {
      ;[a, b] = await Promise.all([startApp(), startApp()])
    })
    afterAll(async () => {
      await a?.stop()
      await b?.stop()
    })

    it('send 120 enquiries’ emails with one provider call per email', async () => {
      await resend.reset()
      const refs = await enquire([a, b], 120)
      await eventually(async () => (await resend.read()).emails.length >= 240, 120_000, 250)
      await new Promise((r) => setTimeout(r, 3000)) // a second runner's late duplicate would arrive by now
      const { emails, attempts } = await resend.read()
      console.log(`Two instances, 240 emails: ${attempts.length} provider calls.`)
      const twice = [...callsPerKey(attempts)].filter(([, n]) => n > 1)
      expect(twice).toEqual([])
      expect(attempts.map((x) => x.idempotencyKey).sort()).toEqual(keysOf(refs))
      expect(emails).toHaveLength(240)
      expect(await leadJobs()).toEqual({ waiting: 0, processing: 0, failed: 0 })
    })

    it('queue the nightly purge once, however often it is due again', async () => {
      const pendingPurges = async () => {
        const { rows } = await db.query<{ n: string }>(
          `SELECT count(*) AS n FROM payload_jobs
           WHERE task_slug = 'purgeSpamLeads' AND completed_at IS NULL AND NOT has_error`,
        )
        return Number(rows[0]!.n)
      }
      await eventually(async () => (await pendingPurges()) > 0, 10_000, 200)
      // Each round removes the queued purge (as if it had run): both runners find it due at their next tick,
      // which falls on the same second in both (their crons tick on whole seconds).
      for (let round = 0; round < 8; round++) {
        await db.query(`DELETE FROM payload_jobs WHERE task_slug = 'purgeSpamLeads'`)
        await new Promise((r) => setTimeout(r, 1600))
        expect(await pendingPurges()).toBe(1)
      }
      const { rows } = await db.query<{ wait_until: Date }>(
        `SELECT wait_until FROM payload_jobs WHERE task_slug = 'purgeSpamLeads'`,
      )
      expect(rows[0]!.wait_until.getTime()).toBeGreaterThan(Date.now()) // queued for its next 03:10, not run now
    })
  })

  describe('`npm run jobs` runners beside an app that runs none', () => {
    let intake: AppInstance
    beforeAll(async () => {
      intake = await startApp({ JOBS_AUTORUN: '0' })
    })
    afterAll(async () => {
      await intake?.stop()
    })

    it('a runner killed mid-queue loses no email: its jobs go to the other runner once the lease has run out', async () => {
      await resend.reset()
      const lease = { JOBS_LEASE_SECONDS: '4', LEAD_EMAIL_TIMEOUT_MS: '5000' }
      await resend.setMode({ kind: 'ok', latencyMs: 1500 }) // slow provider: the runner dies with sends in flight
      const refs = await enquire([intake], 30)
      const first = startRunner(lease)
      await eventually(async () => (await resend.read()).attempts.length >= 10, 30_000, 50)
      await first.kill('SIGKILL')
      const killedAt = Date.now()
      const inFlight = new Set((await resend.read()).attempts.map((x) => x.idempotencyKey ?? ''))
      expect((await leadJobs()).processing).toBeGreaterThan(0) // left "processing" by the dead runner

      startRunner(lease)
      const took = await eventually(async () => (await resend.read()).emails.length >= 60, 90_000, 250)
      console.log(
        `Killed runner: ${inFlight.size} sends in flight; all 60 emails sent ${took} ms after the kill.`,
      )
      // Every email has arrived once, but the dead runner's in-flight sends are asked again only once its lease
      // has run out: wait until the queue holds nothing, then check every call.
      await eventually(queueEmpty, 30_000, 250)
      const { emails, attempts } = await resend.read()
      expect(emails.map((e) => e.idempotencyKey).sort()).toEqual(keysOf(refs))
      // Asked twice: only emails the dead runner had sent (or was sending) when it died, and the second time
      // only after its lease ran out. Every other email: one call.
      for (const [key, calls] of callsPerKey(attempts)) {
        if (!inFlight.has(key)) expect(calls, key).toBe(1)
        else expect(calls, key).toBeLessThanOrEqual(2)
      }
      // The lease runs from the claim (just before the first call) or its last renewal, whichever is later.
      for (const key of inFlight) {
        const calls = attempts.filter((x) => x.idempotencyKey === key).map((x) => x.at)
        if (calls.length === 2) expect(calls[1]! - calls[0]!, key).toBeGreaterThanOrEqual(3500)
      }
      expect(Date.now() - killedAt).toBeGreaterThan(4000)
      expect(await leadJobs()).toEqual({ waiting: 0, processing: 0, failed: 0 })
      await resend.setMode({ kind: 'ok' })
    }, 150_000)

    it('a live runner’s send slower than the lease is not taken over by another runner', async () => {
      for (const runner of runners) await runner.kill('SIGTERM')
      await resend.reset()
      const lease = { JOBS_LEASE_SECONDS: '3', LEAD_EMAIL_TIMEOUT_MS: '20000' }
      await resend.setMode({ kind: 'ok', latencyMs: 12_000 }) // four times the lease
      const refs = await enquire([intake], 3)
      startRunner(lease)
      await eventually(async () => (await resend.read()).attempts.length >= 6, 30_000, 50)
      // Started once the lease would have run out: its first sweep finds six jobs "processing" since the claim,
      // and would release them to itself were the first runner not renewing them.
      await new Promise((r) => setTimeout(r, 3500))
      startRunner(lease)
      await eventually(async () => (await resend.read()).emails.length >= 6, 30_000, 250)
      // A job the second runner took over would still be in the queue (its send takes 12 s): once the queue is
      // empty, every call there will be has been made.
      await eventually(queueEmpty, 30_000, 250)
      const { attempts } = await resend.read()
      expect(attempts.map((x) => x.idempotencyKey).sort()).toEqual(keysOf(refs))
      expect(await leadJobs()).toEqual({ waiting: 0, processing: 0, failed: 0 })
      await resend.setMode({ kind: 'ok' })
    }, 90_000)

    it('a new enquiry’s emails go out as soon as it is stored, not at the runner’s next look', async () => {
      for (const runner of runners) await runner.kill('SIGTERM')
      await resend.reset()
      // The runner looks for due jobs on its own only every two minutes: only the queue's notification can
      // start the second enquiry's emails within seconds.
      startRunner({ JOBS_INTERVAL_SECONDS: '120' })
      const first = await enquire([intake], 1)
      await eventually(async () => (await resend.read()).emails.length >= 2, 60_000, 100)
      const second = await enquire([intake], 1)
      const took = await eventually(async () => (await resend.read()).emails.length >= 4, 10_000, 20)
      console.log(
        `Second enquiry's emails sent ${took} ms after it was stored; the runner's own look is every 120 s.`,
      )
      // The runner deletes each job just after its send: wait for that rather than race it.
      await eventually(queueEmpty, 10_000, 50)
      const { attempts } = await resend.read()
      expect(attempts.map((x) => x.idempotencyKey).sort()).toEqual(keysOf([...first, ...second]))
      expect(await leadJobs()).toEqual({ waiting: 0, processing: 0, failed: 0 })
    }, 90_000)
  })
})
