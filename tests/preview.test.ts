import { parseHTML } from 'linkedom'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Faq } from '@/payload-types'

import { appUrl, testContext } from './support/context'
import { sessionCookie } from './support/apiPaths'
import { parsePolicy } from './support/csp'
import { textOf } from './support/html'
import { testPayload } from './support/payload'
import { first } from './support/first'

/** What a browser sends on a same-origin navigation (the admin's preview frame, a click). */
const browserHeaders = (cookie?: string): Record<string, string> => ({
  'sec-fetch-site': 'same-origin',
  ...(cookie ? { cookie } : {}),
})

const preview = (query: string, cookie?: string) =>
  fetch(appUrl(`/next/preview?${query}`), { redirect: 'manual', headers: browserHeaders(cookie) })

const draftCookieOf = (res: Response) =>
  res.headers
    .getSetCookie()
    .find((c) => c.startsWith('__prerender_bypass='))
    ?.split(';')[0]

async function page(cookie?: string) {
  const res = await fetch(appUrl('/'), { headers: browserHeaders(cookie) })
  const html = await res.text()
  return { res, html, document: parseHTML(html).document }
}

describe('draft preview', () => {
  const secret = () => `secret=${encodeURIComponent(testContext().env.PREVIEW_SECRET)}`
  const draftAnswer = `Answer still in draft ${Date.now()}`
  let faq: Faq
  let editor: string
  const undo: (() => Promise<unknown>)[] = []

  beforeAll(async () => {
    const payload = await testPayload()
    faq = first((await payload.find({ collection: 'faqs', sort: '_order', limit: 1 })).docs)
    await payload.update({ collection: 'faqs', id: faq.id, data: { answer: draftAnswer }, draft: true })
    undo.push(() =>
      payload.update({ collection: 'faqs', id: faq.id, data: { answer: faq.answer, _status: 'published' } }),
    )
    editor = await sessionCookie('marketing')
  })
  afterAll(async () => {
    for (const step of undo.reverse()) await step()
  })

  it('refuses a wrong secret, a visitor without a session, and staff who do not edit', async () => {
    expect((await preview('secret=wrong&path=/', editor)).status).toBe(401)
    const anonymous = await preview(`${secret()}&path=/`)
    expect(anonymous.status).toBe(403)
    expect(draftCookieOf(anonymous)).toBeUndefined()
    const sales = await sessionCookie('sales')
    expect((await preview(`${secret()}&path=/`, sales)).status).toBe(403)
  })

  it('turns on draft mode for the editor and sends them to a path on this site only', async () => {
    const res = await preview(`${secret()}&path=/`, editor)
    expect(res.status).toBe(307)
    expect(new URL(res.headers.get('location')!, appUrl('/')).pathname).toBe('/')
    expect(draftCookieOf(res)).toBeDefined()
    const offsite = await preview(`${secret()}&path=//evil.example/x`, editor)
    expect(new URL(offsite.headers.get('location')!, appUrl('/')).host).toBe(new URL(appUrl('/')).host)
  })

  it('shows the editor the draft, with a nonce CSP; visitors keep the published page', async () => {
    const draftCookie = draftCookieOf(await preview(`${secret()}&path=/`, editor))!
    const mine = await page(`${draftCookie}; ${editor}`)
    expect(textOf(mine.document.querySelector('#faq .faq__answer'))).toBe(draftAnswer)
    expect(mine.document.querySelector('.preview-bar a')?.getAttribute('href')).toBe('/next/exit-preview')
    const scriptSrc = parsePolicy(mine.res.headers.get('content-security-policy')).get('script-src') ?? []
    const nonce = scriptSrc.find((s) => s.startsWith("'nonce-"))?.slice(7, -1)
    expect(nonce).toBeTruthy()
    expect(scriptSrc).not.toContain("'unsafe-inline'")
    const inline = [...mine.document.querySelectorAll('script:not([src]):not([type="application/ld+json"])')]
    expect(inline.length).toBeGreaterThan(0)
    for (const script of inline) expect(script.getAttribute('nonce')).toBe(nonce)

    const visitor = await page()
    expect(textOf(visitor.document.querySelector('#faq .faq__answer'))).toBe(faq.answer)
    expect(visitor.document.querySelector('.preview-bar')).toBeNull()
    expect(visitor.html).not.toContain(draftAnswer)
  })

  it('a draft-mode cookie without the editor’s session shows published content', async () => {
    const draftCookie = draftCookieOf(await preview(`${secret()}&path=/`, editor))!
    const { document, html } = await page(draftCookie)
    expect(textOf(document.querySelector('#faq .faq__answer'))).toBe(faq.answer)
    expect(html).not.toContain(draftAnswer)
  })

  it('leaves draft mode from the exit link', async () => {
    const res = await fetch(appUrl('/next/exit-preview'), { redirect: 'manual', headers: { cookie: editor } })
    expect(res.status).toBe(307)
    const cleared = res.headers.getSetCookie().find((c) => c.startsWith('__prerender_bypass='))
    expect(cleared).toMatch(/Expires=Thu, 01 Jan 1970|Max-Age=0/i)
  })
})
