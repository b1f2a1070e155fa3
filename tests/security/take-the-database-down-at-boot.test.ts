import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { dropDatabase, recreateDatabase } from '@/lib/db/admin'

import { migrateAndSeed, siblingDatabaseUrl } from '../setup/database'
import { startAppInstance, proxiedDatabase, type AppInstance } from '../support/appInstance'
import { testContext } from '../support/context'
import { startFakeResend, type FakeResend } from '../support/fakeResend'
import { eventually } from '../support/html'
import { uniqueIp } from '../support/leads'

/**
 * Postgres is down (or made unreachable) while the app starts: the app must serve, and its
 * job runner must start by itself once the database answers, once and only once. Each app
 * here has its own database and fake provider, so no other runner can send its emails.
 */
describe('the database is down when the app starts', () => {
  let dbUrl: string
  let resend: FakeResend
  let env: Record<string, string>
  const cleanups: (() => Promise<void>)[] = []

  beforeAll(async () => {
    dbUrl = siblingDatabaseUrl(testContext().databaseUrl, 'boot')
    await recreateDatabase(dbUrl)
    resend = await startFakeResend()
    env = { ...testContext().env, DATABASE_URL: dbUrl, RESEND_BASE_URL: resend.url }
    await migrateAndSeed(env)
  })
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup()
    await resend?.close()
    if (dbUrl) await dropDatabase(dbUrl)
  })

  /** An app whose only way to its database is a proxy, cut before the app starts. */
  async function bootWhileDown(): Promise<{ app: AppInstance; restore: () => void }> {
    const proxy = await proxiedDatabase(dbUrl)
    cleanups.push(() => proxy.close())
    proxy.cut()
    const app = await startAppInstance({ ...env, DATABASE_URL: proxy.url })
    return { app, restore: () => proxy.restore() }
  }

  const enquire = (app: AppInstance, tag: string) =>
    fetch(`${app.url}/start-a-project/submit`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': uniqueIp() },
      body: JSON.stringify({
        name: `Boot ${tag}`,
        email: `boot.${tag}@example.com`,
        company: 'Cold Start Ltd',
        consent: true,
        submissionId: `boot-${tag}-${Date.now()}`,
        startedAt: Date.now() - 10_000,
      }),
    })
  const reference = async (res: Response) => ((await res.json()) as { reference: string }).reference
  const sent = (ref: string) => resend.forLead(ref)

  it('serves while the database is down, and sends a new lead’s emails within seconds of it coming back', async () => {
    const { app, restore } = await bootWhileDown()
    cleanups.push(() => app.stop())
    // Alive for a load balancer, and saying why it is not ready (the home page may need the
    // database too, once earlier tests have expired its tags).
    expect((await fetch(`${app.url}/next/health`)).status).toBe(200)
    const ready = await fetch(`${app.url}/next/ready`)
    expect(ready.status).toBe(503)
    expect(await ready.json()).toMatchObject({ failed: ['postgres'] })
    expect((await enquire(app, 'down')).status).toBe(503)
    await new Promise((r) => setTimeout(r, 3_000)) // a boot retry or two fails meanwhile

    restore()
    // The enquiry is the first thing to reach Payload once the database answers (no admin request).
    let res = await enquire(app, 'up')
    for (let i = 0; i < 20 && res.status !== 201; i++) {
      await new Promise((r) => setTimeout(r, 250))
      res = await enquire(app, 'up')
    }
    expect(res.status).toBe(201)
    const ref = await reference(res)
    const waited = await eventually(async () => (await sent(ref)).emails.length === 2, 8_000, 200)
    expect(waited).toBeLessThan(8_000)
    await app.stop() // its runner must not send the next test's emails
  })

  it('runs one job runner, not two, when an admin request boots Payload first', async () => {
    const { app, restore } = await bootWhileDown()
    cleanups.push(() => app.stop())
    await new Promise((r) => setTimeout(r, 1_500))
    restore()
    // Payload's REST handler boots it with its own crons; the app's retry must not add a second set.
    await eventually(
      async () => (await fetch(`${app.url}/api/service-areas?limit=1`)).status === 200,
      10_000,
      200,
    )
    await new Promise((r) => setTimeout(r, 6_000)) // the app's next boot attempt has run by now
    const res = await enquire(app, 'once')
    expect(res.status).toBe(201)
    const ref = await reference(res)
    await eventually(async () => (await sent(ref)).emails.length === 2, 8_000, 200)
    await new Promise((r) => setTimeout(r, 3_000))
    const { emails, attempts } = await sent(ref)
    expect(emails.map((e) => e.idempotencyKey).sort()).toEqual([`${ref}/confirmation`, `${ref}/sales`])
    expect(attempts).toHaveLength(2) // each email asked of the provider once: no second runner
  })
})
