import { sql } from 'drizzle-orm'
import { drizzle } from 'drizzle-orm/node-postgres'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { poolOptions } from '@/lib/db/pool'

import { signIn } from '../support/api'
import {
  startAppInstance,
  proxiedDatabase,
  type AppInstance,
  type DatabaseProxy,
} from '../support/appInstance'
import { testContext } from '../support/context'
import { eventually } from '../support/html'
import { leadsByEmail, uniqueIp, validLead } from '../support/leads'
import { testPayload } from '../support/payload'
import { first } from '../support/first'

/**
 * An attacker (or a bad day) makes Postgres accept connections and then never answer: a
 * second production instance reaches the database only through a proxy that the test hangs.
 * Requests must fail fast instead of piling up, and the pool must come back by itself.
 */
describe('a database that hangs', () => {
  let proxy: DatabaseProxy
  let app: AppInstance
  let auth: Record<string, string>

  beforeAll(async () => {
    proxy = await proxiedDatabase(testContext().databaseUrl)
    // The job runner stays on: its sweeps and updates (transactions) run into the hang too, as
    // in production. A small pool shows sooner whether connections stay stuck after a hang.
    app = await startAppInstance({ DATABASE_URL: proxy.url, DATABASE_POOL_SIZE: '3' })
    auth = await signIn('sales')
  })
  afterAll(async () => {
    await app?.stop()
    await proxy?.close()
  })

  const post = (body: object) =>
    fetch(`${app.url}/start-a-project/submit`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': uniqueIp() },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(30_000),
    })
  const timed = async <T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> => {
    const started = Date.now()
    const value = await work()
    return { value, ms: Date.now() - started }
  }

  it('answers 503 within 5 s while hung, and everything works within 10 s of it answering again', async () => {
    const payload = await testPayload()
    // Works through the proxy, and leaves the pool with open connections when the hang starts.
    const warm = await Promise.all([validLead(), validLead(), validLead()])
    expect((await Promise.all(warm.map((body) => post(body)))).map((res) => res.status)).toEqual([
      201, 201, 201,
    ])
    const { id: leadId } = first(await leadsByEmail(warm[0].email as string))

    proxy.hang()
    // The job runner's transactions take the open connections and wait on them.
    await new Promise((r) => setTimeout(r, 9_000))
    // More enquiries at once than the pool has connections, and staff writes (transactions) beside them.
    const bodies = await Promise.all(Array.from({ length: 12 }, () => validLead()))
    const [enquiries, edits] = await Promise.all([
      Promise.all(bodies.map((body) => timed(() => post(body)))),
      Promise.all(
        [0, 1, 2].map(() =>
          timed(() =>
            fetch(`${app.url}/api/leads/${leadId}`, {
              method: 'PATCH',
              headers: { ...auth, 'content-type': 'application/json' },
              body: JSON.stringify({ status: 'new' }),
              signal: AbortSignal.timeout(30_000),
            }),
          ),
        ),
      ),
    ])
    const closing = await payload.findGlobal({ slug: 'closing-cta' })
    for (const { value: res, ms } of enquiries) {
      expect(res.status).toBe(503)
      expect(ms).toBeLessThan(5_000)
      expect(res.headers.get('retry-after')).toBeTruthy()
      expect(((await res.json()) as { message: string }).message).toBe(closing.form.errors.unavailable)
    }
    // A staff request waits on several statements in turn: it fails too, only later.
    for (const { value: res, ms } of edits) {
      expect(res.status).toBeGreaterThanOrEqual(500)
      expect(ms).toBeLessThan(10_000)
    }
    for (const body of bodies) expect(await leadsByEmail(body.email as string)).toHaveLength(0)

    proxy.restore()
    const recovered = Date.now()
    // The visitor's own enquiry, sent again unchanged, is taken; the site and the admin API answer.
    await eventually(async () => (await post(bodies[0]!)).status === 201, 10_000, 250)
    await eventually(async () => (await fetch(`${app.url}/`)).status === 200, 10_000, 250)
    await eventually(
      async () => (await fetch(`${app.url}/api/leads?limit=1`, { headers: auth })).status === 200,
      10_000,
      250,
    )
    // No connection stays stuck: a burst larger than the pool is served in full.
    const burst = await Promise.all(bodies.slice(1).map((body) => post(body)))
    expect(burst.map((res) => res.status)).toEqual(bodies.slice(1).map(() => 201))
    expect(Date.now() - recovered).toBeLessThan(10_000)
    for (const body of bodies) expect(await leadsByEmail(body.email as string)).toHaveLength(1)
  })

  it('gives back every connection a transaction was waiting on when the hang began', async () => {
    // Payload's transactions go through drizzle, which never releases a connection whose
    // `begin` failed: the app's pool settings must not let such connections stay taken.
    const pool = new pg.Pool({ connectionString: proxy.url, max: 2, ...poolOptions() })
    pool.on('error', () => {})
    const db = drizzle({ client: pool })
    const transaction = () => db.transaction(async (tx) => tx.execute(sql`select 1`))
    try {
      await Promise.all([pool.query('select pg_sleep(0.05)'), pool.query('select pg_sleep(0.05)')]) // two open connections
      proxy.hang()
      const started = Date.now()
      const failed = await Promise.allSettled([transaction(), transaction()])
      expect(failed.map((r) => r.status)).toEqual(['rejected', 'rejected'])
      expect(Date.now() - started).toBeLessThan(5_000)
      proxy.restore()
      const waited = await eventually(
        async () =>
          (await Promise.allSettled([transaction(), transaction()])).every((r) => r.status === 'fulfilled'),
        10_000,
        250,
      )
      expect(waited).toBeLessThan(10_000)
    } finally {
      proxy.restore()
      // pool.end() waits for connections still taken: bounded, so a leak fails the test, not the run.
      await Promise.race([pool.end(), new Promise((r) => setTimeout(r, 2_000))])
    }
  })
})
