import { spawn } from 'node:child_process'

import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { dropDatabase, recreateDatabase } from '@/lib/db/admin'

import { migrateAndSeed, siblingDatabaseUrl } from './setup/database'
import { startAppInstance, type AppInstance } from './support/appInstance'
import { testContext } from './support/context'
import { startFakeResend, type FakeEmail, type FakeMode, type FakeResend } from './support/fakeResend'
import { eventually } from './support/html'
import { uniqueIp } from './support/leads'

/**
 * The job queue survives the app: emails queued while the provider fails are sent after a
 * restart, exactly once. Runs on its own database and its own fake provider, so stopping
 * and starting apps here never disturbs the shared test app.
 */
describe('queued lead emails across restarts', () => {
  let dbUrl: string
  let resend: FakeResend
  let env: Record<string, string>
  const started: AppInstance[] = []

  const setMode = (kind: FakeMode['kind']) => resend.setMode({ kind })
  const delivered = async (): Promise<FakeEmail[]> => (await resend.read()).emails
  const attempts = async (): Promise<number> => (await resend.read()).attempts.length

  async function enquire(app: AppInstance, tag: string): Promise<string> {
    const res = await fetch(`${app.url}/start-a-project/submit`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': uniqueIp() },
      body: JSON.stringify({
        name: `Restart ${tag}`,
        email: `restart.${tag}@example.com`,
        company: 'Queue Ltd',
        consent: true,
        submissionId: `restart-${tag}-${Date.now()}`,
        startedAt: Date.now() - 10_000,
      }),
    })
    expect(res.status).toBe(201)
    return ((await res.json()) as { reference: string }).reference
  }

  /** Lead emails waiting or retrying (the nightly purge, queued by the runner ahead of 03:10, is not one). */
  async function queuedJobs(): Promise<number> {
    const client = new pg.Client({ connectionString: dbUrl })
    await client.connect()
    try {
      const { rows } = await client.query<{ n: string }>(
        `SELECT count(*) AS n FROM payload_jobs
         WHERE task_slug = 'sendLeadEmail' AND completed_at IS NULL AND has_error = false`,
      )
      return Number(rows[0]!.n)
    } finally {
      await client.end()
    }
  }

  beforeAll(async () => {
    dbUrl = siblingDatabaseUrl(testContext().databaseUrl, 'restart')
    await recreateDatabase(dbUrl)
    resend = await startFakeResend()
    env = {
      ...testContext().env,
      DATABASE_URL: dbUrl,
      RESEND_BASE_URL: resend.url,
      // Long enough that a retry is still waiting when the app stops.
      LEAD_EMAIL_RETRY_DELAY_MS: '1500',
    }
    await migrateAndSeed(env)
  })
  afterAll(async () => {
    for (const app of started) await app.stop()
    await resend?.close()
    if (dbUrl) await dropDatabase(dbUrl)
  })

  it('sends each email exactly once after the app is stopped with jobs queued and started again', async () => {
    await setMode('500')
    const first = await startAppInstance(env)
    started.push(first)
    const refs = [await enquire(first, 'a'), await enquire(first, 'b')]
    await eventually(async () => (await attempts()) >= 4, 20_000, 200) // each email failed at least once
    await first.stop()
    expect(await queuedJobs()).toBe(4)
    expect(await delivered()).toHaveLength(0)

    await setMode('ok')
    const second = await startAppInstance(env)
    started.push(second)
    await eventually(async () => (await delivered()).length >= 4, 30_000, 250)
    await new Promise((r) => setTimeout(r, 3000))
    const keys = (await delivered()).map((e) => e.idempotencyKey).sort()
    expect(keys).toEqual(refs.flatMap((r) => [`${r}/confirmation`, `${r}/sales`]).sort())
    expect(await queuedJobs()).toBe(0)
    await second.stop()
  })

  it('`npm run jobs` sends the queue as a process of its own when the app does not (JOBS_AUTORUN=0)', async () => {
    const app = await startAppInstance({ ...env, JOBS_AUTORUN: '0' })
    started.push(app)
    const before = (await delivered()).length
    const ref = await enquire(app, 'c')
    await new Promise((r) => setTimeout(r, 2500))
    expect((await delivered()).length).toBe(before) // nobody runs jobs yet

    // What `npm run jobs` runs: node itself, so SIGTERM reaches the runner with no wrapper between.
    const runner = spawn(process.execPath, ['--import', 'tsx', 'scripts/jobs.ts'], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'inherit', 'inherit'],
    })
    try {
      await eventually(
        async () => (await delivered()).filter((e) => e.idempotencyKey?.startsWith(ref)).length === 2,
        30_000,
        250,
      )
    } finally {
      const exited = new Promise<number | null>((r) => runner.once('exit', (code) => r(code)))
      runner.kill('SIGTERM')
      expect(await exited).toBe(0)
    }
    await app.stop()
  })
})
