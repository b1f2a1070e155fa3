import { parseHTML } from 'linkedom'
import { createClient } from 'redis'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Faq } from '@/payload-types'

import { signIn } from './support/api'
import { startAppInstance, startCuttableProxy, type AppInstance } from './support/appInstance'
import { inlineScriptSources, parsePolicy } from './support/csp'
import { redisUrl, testContext } from './support/context'
import { eventually, textOf } from './support/html'
import { testPayload } from './support/payload'
import { first } from './support/first'

const REDIS_DB = 6
const VISIBLE_WITHIN_MS = 3000
const OUTAGE_LINE = /\[cache\] Redis at .* is not answering/g
const BACK_LINE = /\[cache\] Redis at .* answers again/

/** The home page as a visitor gets it from one instance: status, cache state, CSP and first FAQ answer. */
async function visit(instance: AppInstance) {
  const res = await fetch(`${instance.url}/`)
  const html = await res.text()
  const { document } = parseHTML(html)
  return {
    status: res.status,
    cache: res.headers.get('x-nextjs-cache'),
    policy: res.headers.get('content-security-policy'),
    html,
    answer: textOf(document.querySelector('#faq .faq__answer') as Element | null),
  }
}

/** The page's CSP allows each of its inline scripts by hash and nothing inline besides. */
function expectPolicyFits(page: Awaited<ReturnType<typeof visit>>) {
  const scriptSrc = parsePolicy(page.policy).get('script-src') ?? []
  expect(scriptSrc).not.toContain("'unsafe-inline'")
  const inline = inlineScriptSources(page.html)
  expect(inline.length).toBeGreaterThan(0)
  for (const source of inline) expect(scriptSrc).toContain(source)
}

/**
 * Two instances of one build share Redis (REDIS_URL): a FAQ published through instance A's
 * REST API is on instance B's home page at its next request. B reaches Redis through a proxy
 * the test cuts: B keeps serving, says so once, and shows no stale page once Redis is back.
 */
describe('a publish on one instance, seen on another', () => {
  let a: AppInstance
  let b: AppInstance
  let proxy: Awaited<ReturnType<typeof startCuttableProxy>>
  let session: Record<string, string>
  let faq: Faq
  const undo: (() => Promise<unknown>)[] = []

  beforeAll(async () => {
    const redis = createClient({ url: redisUrl(REDIS_DB) })
    await redis.connect()
    await redis.flushDb()
    await redis.close()
    proxy = await startCuttableProxy(testContext().redis)
    ;[a, b] = await Promise.all([
      startAppInstance({ REDIS_URL: redisUrl(REDIS_DB), JOBS_AUTORUN: '0' }),
      startAppInstance({ REDIS_URL: `redis://127.0.0.1:${proxy.port}/${REDIS_DB}`, JOBS_AUTORUN: '0' }),
    ])
    session = { ...(await signIn('marketing')), 'content-type': 'application/json' }
    const payload = await testPayload()
    faq = first((await payload.find({ collection: 'faqs', sort: '_order', limit: 1 })).docs)
    undo.push(() => publishAnswer(faq.answer))
  })
  afterAll(async () => {
    proxy?.restore()
    for (const step of undo.reverse()) await step().catch(() => undefined)
    await Promise.all([a?.stop(), b?.stop()])
    await proxy?.close()
  })

  const publishAnswer = async (answer: string) => {
    const res = await fetch(`${a.url}/api/faqs/${faq.id}`, {
      method: 'PATCH',
      headers: session,
      body: JSON.stringify({ answer, _status: 'published' }),
    })
    expect(res.status).toBe(200)
  }

  it('a page one instance rendered is a cache hit on the other from its first visit, with its CSP', async () => {
    // This Redis was empty: A renders the home page (or serves it), then B's first visit is a hit.
    expect((await visit(a)).status).toBe(200)
    const page = await visit(b)
    expect(page.status).toBe(200)
    expect(page.cache).toBe('HIT')
    expectPolicyFits(page)
    // This Redis was empty: the first instance to serve /privacy renders it once, for both.
    const first = await fetch(`${b.url}/privacy`)
    expect(first.status).toBe(200)
    await first.text()
    const onA = await fetch(`${a.url}/privacy`)
    expect(onA.status).toBe(200)
    expect(onA.headers.get('x-nextjs-cache'), 'A’s first visit of /privacy').toBe('HIT')
    expect(parsePolicy(onA.headers.get('content-security-policy')).get('script-src')?.length).toBeGreaterThan(
      1,
    )
    const html = await onA.text()
    for (const source of inlineScriptSources(html))
      expect(parsePolicy(onA.headers.get('content-security-policy')).get('script-src')).toContain(source)
  })

  it('a FAQ published through A shows on B at its next request, with a CSP that fits the new page', async () => {
    expect((await visit(b)).answer).toBe(faq.answer)
    const answer = `${faq.answer} (published through A at ${Date.now()})`
    const started = Date.now()
    await publishAnswer(answer)
    const took = await eventually(async () => (await visit(b)).answer === answer, VISIBLE_WITHIN_MS, 50)
    console.log(`publish through A visible on B after ${Date.now() - started} ms (poll ${took} ms)`)
    const page = await visit(b)
    expect(page.answer).toBe(answer)
    expect(page.cache).toBe('HIT')
    expectPolicyFits(page)
  })

  it('Redis cut from B: B keeps serving and says so once; once it is back, B shows what A published meanwhile', async () => {
    const before = (await visit(b)).answer
    proxy.cut()
    for (let i = 0; i < 5; i++) {
      const page = await visit(b)
      expect(page.status).toBe(200)
      expect(page.answer).toBe(before)
      expectPolicyFits(page)
    }
    const answer = `${faq.answer} (published during the outage at ${Date.now()})`
    await publishAnswer(answer)
    expect((await visit(a)).answer).toBe(answer)
    for (let i = 0; i < 5; i++) expect((await visit(b)).status).toBe(200)
    await new Promise((r) => setTimeout(r, 1500))
    expect((await visit(b)).status).toBe(200)
    expect(b.output().match(OUTAGE_LINE)).toHaveLength(1)

    proxy.restore()
    await eventually(async () => BACK_LINE.test(b.output()), 10_000)
    // The very first visit once Redis answers again shows the publish B could not hear about.
    const page = await visit(b)
    expect(page.answer).toBe(answer)
    expectPolicyFits(page)
    expect(b.output().match(OUTAGE_LINE)).toHaveLength(1)
  })
})
