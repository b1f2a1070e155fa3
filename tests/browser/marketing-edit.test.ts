import { parseHTML } from 'linkedom'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Faq } from '@/payload-types'

import { MARKETING } from '../support/api'
import { launchBrowser } from '../support/browser'
import { appUrl } from '../support/context'
import { textOf } from '../support/html'
import { testPayload } from '../support/payload'
import { first } from '../support/first'

/** What an anonymous visitor sees as the answer of the FAQ with this anchor. */
async function publicAnswer(anchor: string): Promise<string> {
  const html = await (await fetch(appUrl('/'))).text()
  return textOf(parseHTML(html).document.querySelector(`#faq-${anchor} .faq__answer`))
}

describe('marketing edits an FAQ answer in the admin', () => {
  let browser: Browser
  let context: BrowserContext
  let admin: Page
  let faq: Faq
  const cspErrors: string[] = []
  const edited = `We start with a two-week audit; edited in the admin at ${Date.now()}.`
  const reworded = `${edited} Reworded after a second look.`

  beforeAll(async () => {
    const payload = await testPayload()
    faq = first((await payload.find({ collection: 'faqs', sort: '_order', limit: 1 })).docs)
    browser = await launchBrowser()
    context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
    admin = await context.newPage()
    admin.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) cspErrors.push(m.text())
    })
  })

  afterAll(async () => {
    const payload = await testPayload()
    await payload.update({
      collection: 'faqs',
      id: faq.id,
      data: { answer: faq.answer, _status: 'published' },
    })
    await browser?.close()
  })

  it('signs in to the admin', async () => {
    await admin.goto(appUrl('/admin/login'))
    await admin.locator('input[name="email"]').fill(MARKETING.email)
    await admin.locator('input[name="password"]').fill(MARKETING.password)
    await admin.locator('button[type="submit"]').click()
    await admin.waitForURL((url) => url.pathname === '/admin' || url.pathname === '/admin/')
  })

  /** Types the answer and presses "Save draft"; resolves once the draft is stored. */
  async function saveDraft(text: string) {
    await admin.locator('#field-answer').fill(text)
    const saved = admin.waitForResponse((r) => {
      const url = r.url()
      return (
        r.request().method() === 'PATCH' &&
        url.includes(`/api/faqs/${faq.id}`) &&
        url.includes('draft=true') &&
        !url.includes('autosave=true')
      )
    })
    await admin.locator('#action-save-draft').click()
    expect((await saved).status()).toBe(200)
  }

  const previewAnswer = async () => {
    const frame = admin.frameLocator('iframe#live-preview-iframe')
    return textOf({
      textContent: await frame.locator(`#faq-${faq.anchor} .faq__answer`).textContent(),
    } as Element)
  }

  it('saves a draft: the public page is unchanged', async () => {
    await admin.goto(appUrl(`/admin/collections/faqs/${faq.id}`))
    await saveDraft(edited)
    // The save has been answered, after its hooks ran: the next visit is what visitors get.
    expect(await publicAnswer(faq.anchor!)).toBe(faq.answer)
  })

  it('the live preview beside the form shows the draft, and the next saved draft too', async () => {
    if (!(await admin.locator('iframe#live-preview-iframe').isVisible()))
      await admin.locator('#live-preview-toggler').click()
    await expect.poll(previewAnswer, { timeout: 15_000 }).toBe(edited)
    expect(await admin.frameLocator('iframe#live-preview-iframe').locator('.preview-bar').count()).toBe(1)

    await saveDraft(reworded)
    await expect.poll(previewAnswer, { timeout: 15_000 }).toBe(reworded)
    // Visitors still get the published answer while the editor previews.
    expect(await publicAnswer(faq.anchor!)).toBe(faq.answer)
    // Neither the admin nor the previewed page (nonce policy) tripped its CSP.
    expect(cspErrors).toEqual([])
  })

  it('publishes: the public page shows the new answer (bench/edit-to-live measures how soon)', async () => {
    const published = admin.waitForResponse(
      (r) =>
        r.request().method() === 'PATCH' &&
        r.url().includes(`/api/faqs/${faq.id}`) &&
        !r.url().includes('draft=true'),
    )
    await admin.locator('#action-save').click()
    expect((await published).status()).toBe(200)
    await expect.poll(() => publicAnswer(faq.anchor!), { timeout: 15_000 }).toBe(reworded)
  })
})
