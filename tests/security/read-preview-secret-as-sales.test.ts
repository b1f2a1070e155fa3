import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { sessionCookie } from '../support/apiPaths'
import { appUrl, testContext } from '../support/context'
import { testPayload } from '../support/payload'

/** An admin page as the browser loads it: the HTML with the server-rendered props inside. */
async function adminPage(path: string, cookie: string): Promise<string> {
  const res = await fetch(appUrl(path), { headers: { cookie, 'sec-fetch-site': 'same-origin' } })
  expect(res.status).toBe(200)
  return res.text()
}

describe('the preview secret in the admin', () => {
  let payload: Payload
  let pages: string[]
  const secret = () => testContext().env.PREVIEW_SECRET

  beforeAll(async () => {
    payload = await testPayload()
    const faq = (await payload.find({ collection: 'faqs', limit: 1, depth: 0 })).docs[0]!
    pages = [`/admin/collections/faqs/${faq.id}`, '/admin/globals/hero']
  })

  it('is not sent to sales, who read content but may not preview it', async () => {
    const sales = await sessionCookie('sales')
    for (const path of pages) {
      const html = await adminPage(path, sales)
      expect(html).toContain('/admin') // the edit view itself was rendered
      expect(html).not.toContain(secret())
      expect(html).not.toContain('/next/preview')
    }
  })

  it('still reaches marketing, whose live preview frames a link that works', async () => {
    const marketing = await sessionCookie('marketing')
    for (const path of pages) expect(await adminPage(path, marketing)).toContain(`secret=${secret()}`)
    const res = await fetch(appUrl(`/next/preview?secret=${encodeURIComponent(secret())}&path=/`), {
      redirect: 'manual',
      headers: { cookie: marketing, 'sec-fetch-site': 'same-origin' },
    })
    expect(res.status).toBe(307)
    expect(res.headers.getSetCookie().some((c) => c.startsWith('__prerender_bypass='))).toBe(true)
  })
})
