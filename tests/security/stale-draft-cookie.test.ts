import http from 'node:http'

import { parseHTML } from 'linkedom'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Faq } from '@/payload-types'

import { sessionCookie } from '../support/apiPaths'
import { useBrowser } from '../support/browser'
import { appUrl, testContext } from '../support/context'
import { inlineScriptSources, parsePolicy } from '../support/csp'
import { textOf } from '../support/html'
import { testPayload } from '../support/payload'
import { first } from '../support/first'

/** A draft-mode cookie from before a deploy (or made up): not this build's preview id. */
const STALE = '__prerender_bypass=0123456789abcdef0123456789abcdef'

type Raw = { status: number; headers: [string, string][]; body: string }

/** GET with Node's http client, which keeps every header line as sent (fetch joins repeated ones). */
function rawGet(path: string, cookie: string): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = http.get(appUrl(path), { headers: { cookie, 'sec-fetch-site': 'same-origin' } }, (res) => {
      const headers: [string, string][] = []
      for (let i = 0; i < res.rawHeaders.length; i += 2)
        headers.push([res.rawHeaders[i]!.toLowerCase(), res.rawHeaders[i + 1]!])
      let body = ''
      res.setEncoding('utf8')
      res.on('data', (c: string) => (body += c))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers, body }))
    })
    req.on('error', reject)
  })
}

const all = (raw: Raw, name: string) => raw.headers.filter(([n]) => n === name).map(([, v]) => v)

describe('a stale draft-mode cookie', () => {
  it('gets the page one CSP (its script hashes) and a Set-Cookie that clears the cookie', async () => {
    for (const path of ['/', '/privacy']) {
      const res = await rawGet(path, STALE)
      expect(res.status).toBe(200)
      const policies = all(res, 'content-security-policy')
      expect(policies).toHaveLength(1)
      const scriptSrc = parsePolicy(policies[0]!).get('script-src') ?? []
      for (const hash of inlineScriptSources(res.body)) expect(scriptSrc).toContain(hash)
      const cleared = all(res, 'set-cookie').find((c) => c.startsWith('__prerender_bypass='))
      expect(cleared).toMatch(/^__prerender_bypass=;/)
      expect(cleared).toMatch(/Expires=Thu, 01 Jan 1970/i)
      expect(cleared).toMatch(/Path=\//i)
    }
  })

  it('on /start-a-project (rendered per request) keeps its one nonce policy, and is cleared too', async () => {
    const res = await rawGet('/start-a-project', STALE)
    const policies = all(res, 'content-security-policy')
    expect(policies).toHaveLength(1)
    expect((parsePolicy(policies[0]!).get('script-src') ?? []).some((s) => s.startsWith("'nonce-"))).toBe(
      true,
    )
    expect(
      all(res, 'set-cookie').some((c) => /^__prerender_bypass=;.*Expires=Thu, 01 Jan 1970/i.test(c)),
    ).toBe(true)
  })

  describe('next to a real draft-mode session', () => {
    const draftAnswer = `Answer still in draft ${Date.now()}`
    let faq: Faq
    let editor: string

    beforeAll(async () => {
      const payload = await testPayload()
      faq = first((await payload.find({ collection: 'faqs', sort: '_order', limit: 1 })).docs)
      await payload.update({ collection: 'faqs', id: faq.id, data: { answer: draftAnswer }, draft: true })
      editor = await sessionCookie('marketing')
    })
    afterAll(async () => {
      const payload = await testPayload()
      await payload.update({
        collection: 'faqs',
        id: faq.id,
        data: { answer: faq.answer, _status: 'published' },
      })
    })

    it("the editor's valid cookie still gets the draft, one nonce policy, and is kept", async () => {
      const secret = encodeURIComponent(testContext().env.PREVIEW_SECRET)
      const start = await fetch(appUrl(`/next/preview?secret=${secret}&path=/`), {
        redirect: 'manual',
        headers: { cookie: editor, 'sec-fetch-site': 'same-origin' },
      })
      const draft = start.headers
        .getSetCookie()
        .find((c) => c.startsWith('__prerender_bypass='))!
        .split(';')[0]
      const res = await rawGet('/', `${draft}; ${editor}`)
      const policies = all(res, 'content-security-policy')
      expect(policies).toHaveLength(1)
      const nonce = (parsePolicy(policies[0]!).get('script-src') ?? []).find((s) => s.startsWith("'nonce-"))
      expect(nonce).toBeTruthy()
      const { document } = parseHTML(res.body)
      expect(textOf(document.querySelector('#faq .faq__answer'))).toBe(draftAnswer)
      expect(all(res, 'set-cookie').some((c) => c.startsWith('__prerender_bypass='))).toBe(false)
    })
  })

  describe('in Chromium', () => {
    const browser = useBrowser()

    it("the page's scripts run with no CSP violation, and the browser drops the cookie", async () => {
      const context = await browser().newContext()
      const [name = '', value = ''] = STALE.split('=')
      await context.addCookies([{ name, value, url: appUrl('/') }])
      const page = await context.newPage()
      const violations: string[] = []
      page.on('console', (m) => {
        if (/Content Security Policy/i.test(m.text())) violations.push(m.text())
      })
      await page.goto(appUrl('/'), { waitUntil: 'load' })
      // Next's client starts up: it needs the inline scripts the page's one policy allows.
      await expect.poll(() => page.evaluate(() => typeof Reflect.get(window, 'next'))).toBe('object')
      await page.waitForLoadState('networkidle')
      expect(violations).toEqual([])
      expect((await context.cookies(appUrl('/'))).map((c) => c.name)).not.toContain(name)
      await context.close()
    })
  })
})
