import { parseHTML } from 'linkedom'
import { afterAll, describe, expect, it } from 'vitest'

import { appUrl } from './support/context'
import { MARKETING } from './support/api'
import { inlineScriptSources, parsePolicy } from './support/csp'
import { eventually, textOf } from './support/html'
import { testPayload } from './support/payload'

const fetchPage = async (path: string) => {
  const res = await fetch(appUrl(path), { redirect: 'manual' })
  return { res, body: await res.text() }
}

function expectBaseline(headers: Headers, path: string) {
  expect(headers.get('strict-transport-security'), path).toMatch(/max-age=\d{7,}/)
  expect(headers.get('x-content-type-options'), path).toBe('nosniff')
  expect(headers.get('referrer-policy'), path).toBe('strict-origin-when-cross-origin')
  const policy = headers.get('content-security-policy')
  expect(policy, `${path} has one CSP`).toBeTruthy()
  expect(policy!.includes(','), `${path} has exactly one CSP`).toBe(false)
  expect(parsePolicy(policy).get('frame-ancestors'), path).toBeDefined()
}

/** The public page's policy allows its own inline scripts by hash, and nothing inline besides. */
function expectPolicyFitsPage(policy: string | null, html: string) {
  const scriptSrc = parsePolicy(policy).get('script-src') ?? []
  expect(scriptSrc).not.toContain("'unsafe-inline'")
  expect(scriptSrc).not.toContain("'unsafe-eval'")
  const inline = inlineScriptSources(html)
  expect(inline.length).toBeGreaterThan(0)
  for (const source of inline) {
    expect(
      scriptSrc,
      'An inline script of the page is not in its policy: Next wrote a script of a shape lib/security/csp.mjs ' +
        '(isFrameworkScript) does not recognise. After a Next upgrade, check the new shape and teach it there.',
    ).toContain(source)
  }
  expect(parsePolicy(policy).get('frame-ancestors')).toEqual(["'self'"])
}

describe('security headers', () => {
  const undo: (() => Promise<unknown>)[] = []
  afterAll(async () => {
    for (const step of undo.reverse()) await step()
  })

  it('the home page: a CSP whose script hashes match its inline scripts, and it stays static', async () => {
    await fetch(appUrl('/'))
    const { res, body } = await fetchPage('/')
    expect(res.status).toBe(200)
    expect(res.headers.get('x-nextjs-cache')).toBe('HIT')
    expectBaseline(res.headers, '/')
    expectPolicyFitsPage(res.headers.get('content-security-policy'), body)
  })

  it('after a publish, the freshly rendered page carries the hashes of its new scripts', async () => {
    const payload = await testPayload()
    const faq = (await payload.find({ collection: 'faqs', sort: '_order', limit: 1 })).docs[0]!
    const answer = `${faq.answer} (checked ${Date.now()})`
    await payload.update({ collection: 'faqs', id: faq.id, data: { answer, _status: 'published' } })
    undo.push(() =>
      payload.update({ collection: 'faqs', id: faq.id, data: { answer: faq.answer, _status: 'published' } }),
    )
    // The first response showing the change is a fresh render; the ones after it cache hits.
    await eventually(async () => {
      const { res, body } = await fetchPage('/')
      const { document } = parseHTML(body)
      if (textOf(document.querySelector('#faq .faq__answer')) !== answer) return false
      expectPolicyFitsPage(res.headers.get('content-security-policy'), body)
      return true
    })
    const { res, body } = await fetchPage('/')
    expect(res.headers.get('x-nextjs-cache')).toBe('HIT')
    expectPolicyFitsPage(res.headers.get('content-security-policy'), body)
  })

  it('/start-a-project, rendered per request: a fresh nonce each time, on every inline script', async () => {
    const nonces: string[] = []
    for (let i = 0; i < 2; i++) {
      const { res, body } = await fetchPage('/start-a-project?outcome=platform')
      expect(res.status).toBe(200)
      expect(res.headers.get('x-nextjs-cache')).toBeNull()
      expectBaseline(res.headers, '/start-a-project')
      const policy = parsePolicy(res.headers.get('content-security-policy'))
      const scriptSrc = policy.get('script-src') ?? []
      expect(scriptSrc).not.toContain("'unsafe-inline'")
      expect(scriptSrc).not.toContain("'unsafe-eval'")
      expect(
        scriptSrc.some((s) => s.startsWith("'sha256-")),
        'no hashes of a cached render',
      ).toBe(false)
      expect(policy.get('frame-ancestors')).toEqual(["'self'"])
      const nonce = scriptSrc.find((s) => s.startsWith("'nonce-"))?.slice(7, -1)
      expect(nonce).toBeTruthy()
      const { document } = parseHTML(body)
      expect(document.querySelector('form#lead-form')).not.toBeNull()
      const inline = [...document.querySelectorAll('script:not([src]):not([type="application/ld+json"])')]
      expect(inline.length).toBeGreaterThan(0)
      for (const script of inline) expect(script.getAttribute('nonce')).toBe(nonce)
      for (const script of document.querySelectorAll('script[src]'))
        expect(script.getAttribute('nonce')).toBe(nonce)
      nonces.push(nonce!)
    }
    expect(nonces[0]).not.toBe(nonces[1])
  })

  it('a page that does not exist: same baseline and a CSP that fits it', async () => {
    const { res, body } = await fetchPage('/no-such-page')
    expect(res.status).toBe(404)
    expectBaseline(res.headers, '/no-such-page')
    expectPolicyFitsPage(res.headers.get('content-security-policy'), body)
  })

  it('the admin: its own policy, frameable by itself only', async () => {
    const { res } = await fetchPage('/admin/login')
    expect(res.status).toBe(200)
    expectBaseline(res.headers, '/admin/login')
    const policy = parsePolicy(res.headers.get('content-security-policy'))
    expect(policy.get('frame-ancestors')).toEqual(["'self'"])
    expect(policy.get('frame-src')).toEqual(["'self'"])
    expect(policy.get('object-src')).toEqual(["'none'"])
  })

  it('the API, sitemap, robots, the sharing image, the preview routes and the form endpoint: nothing may run', async () => {
    const home = parseHTML((await fetchPage('/')).body).document
    const ogImage = new URL(home.querySelector('meta[property="og:image"]')!.getAttribute('content')!)
      .pathname
    const paths = [
      '/api/faqs',
      '/api/globals/hero',
      '/sitemap.xml',
      '/robots.txt',
      ogImage,
      '/next/revalidate',
      '/next/preview',
      '/start-a-project/submit',
    ]
    for (const path of paths) {
      const { res } = await fetchPage(path)
      expectBaseline(res.headers, path)
      const policy = parsePolicy(res.headers.get('content-security-policy'))
      expect(policy.get('default-src'), path).toEqual(["'none'"])
      expect(policy.get('frame-ancestors'), path).toEqual(["'none'"])
    }
  })

  it('the session cookie is HttpOnly, SameSite and Secure in production', async () => {
    const res = await fetch(appUrl('/api/users/login'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(MARKETING),
    })
    expect(res.status).toBe(200)
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('payload-token='))
    expect(cookie).toBeDefined()
    expect(cookie).toMatch(/;\s*HttpOnly/i)
    expect(cookie).toMatch(/;\s*SameSite=Lax/i)
    expect(cookie).toMatch(/;\s*Secure/i)
    expectBaseline(res.headers, '/api/users/login')
  })
})
