import { afterAll, describe, expect, it } from 'vitest'

import { startAppInstance, type AppInstance } from './support/appInstance'
import { inlineScriptSources, parsePolicy } from './support/csp'

/**
 * Without Redis, one process: a page re-rendered after a publish is still a static page after
 * a restart, served from the cache with its CSP at the very first visit, not rendered again.
 */
describe('a restart without Redis', () => {
  const running: AppInstance[] = []
  afterAll(async () => {
    for (const app of running) await app.stop()
  })

  const start = async () => {
    const app = await startAppInstance({ JOBS_AUTORUN: '0' })
    running.push(app)
    return app
  }

  it('serves the page rendered after a publish from the cache at its first visit, with its CSP', async () => {
    const before = await start()
    const revalidated = await fetch(`${before.url}/next/revalidate`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${process.env.REVALIDATE_SECRET}`,
      },
      body: JSON.stringify({ tags: ['global:privacy-page'] }),
    })
    expect(revalidated.status).toBe(200)
    const rendered = await fetch(`${before.url}/privacy`)
    expect(rendered.headers.get('x-nextjs-cache')).toBe('MISS')
    const html = await rendered.text()
    await before.stop()

    const after = await start()
    // startAppInstance's readiness check asked for `/`; this is the first visit of /privacy.
    const first = await fetch(`${after.url}/privacy`)
    expect(first.status).toBe(200)
    expect(first.headers.get('x-nextjs-cache')).toBe('HIT')
    const body = await first.text()
    expect(body).toBe(html)
    const scriptSrc = parsePolicy(first.headers.get('content-security-policy')).get('script-src') ?? []
    const inline = inlineScriptSources(body)
    expect(inline.length).toBeGreaterThan(0)
    for (const source of inline) expect(scriptSrc).toContain(source)
  })
})
