import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { signIn } from '../support/api'
import { startAppInstance, startCuttableProxy, type AppInstance } from '../support/appInstance'
import { testContext } from '../support/context'
import { eventually } from '../support/html'
import { leadsByEmail, uniqueIp, validLead } from '../support/leads'
import { testPayload } from '../support/payload'

const SALES = { email: 'sales@paiteq.example', password: 'sales-dev-password' }

/**
 * An attacker (or a bad day) makes Postgres accept connections and then never answer: a
 * second production instance reaches the database only through a proxy that the test hangs.
 * Requests must fail fast instead of piling up, and the pool must come back by itself.
 */
describe('a database that hangs', () => {
  let proxy: Awaited<ReturnType<typeof startCuttableProxy>>
  let app: AppInstance
  let auth: Record<string, string>

  beforeAll(async () => {
    const db = new URL(testContext().databaseUrl)
    proxy = await startCuttableProxy({ host: db.hostname, port: Number(db.port || 5432) })
    const viaProxy = new URL(db)
    viaProxy.hostname = '127.0.0.1'
    viaProxy.port = String(proxy.port)
    // The job runner stays on: its sweeps and updates run into the hang too, as in production.
    app = await startAppInstance({ DATABASE_URL: viaProxy.toString() })
    auth = await signIn(SALES.email, SALES.password)
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
    const first = await validLead()
    expect((await post(first)).status).toBe(201) // works through the proxy
    const [{ id: leadId }] = await leadsByEmail(first.email as string)

    proxy.hang()
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
    // Let the job runner and the pool run into the hang for a while longer.
    await new Promise((r) => setTimeout(r, 4_000))
    for (const body of bodies) expect(await leadsByEmail(body.email as string)).toHaveLength(0)

    proxy.restore()
    const recovered = Date.now()
    // The visitor's own enquiry, sent again unchanged, is taken; the site and the admin API answer.
    await eventually(async () => (await post(bodies[0])).status === 201, 10_000, 250)
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
})
