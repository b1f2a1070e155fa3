import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { axeViolations, launchBrowser } from '../support/browser'
import { appUrl } from '../support/context'
import { leadByReference, uniqueIp, waitForSent } from '../support/leads'
import { testPayload } from '../support/payload'

/** Presses Tab until the element with `id` has focus, as a keyboard user would. */
async function tabTo(page: Page, id: string, max = 400): Promise<void> {
  for (let i = 0; i < max; i++) {
    if ((await page.evaluate(() => document.activeElement?.id)) === id) return
    await page.keyboard.press('Tab')
  }
  throw new Error(`Never reached #${id} with Tab`)
}

const activeId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '')

async function fieldState(page: Page, id: string) {
  return page.evaluate((fieldId) => {
    const el = document.getElementById(fieldId)!
    const described = (el.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((d) => document.getElementById(d)?.textContent ?? '')
      .join(' | ')
    return { invalid: el.getAttribute('aria-invalid'), described, value: (el as HTMLInputElement).value }
  }, id)
}

describe('the enquiry form, keyboard only', () => {
  let browser: Browser
  let copy: Awaited<ReturnType<typeof loadCopy>>
  const loadCopy = async () => (await (await testPayload()).findGlobal({ slug: 'closing-cta' })).form
  beforeAll(async () => {
    browser = await launchBrowser()
    copy = await loadCopy()
  })
  afterAll(() => browser?.close())

  it('with JavaScript: meets inline errors without a round trip, fixes them, sends, and reads the reference', async () => {
    const context = await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': uniqueIp() } })
    const page = await context.newPage()
    const posts: string[] = []
    page.on('request', (r) => {
      if (r.method() === 'POST') posts.push(`${r.url()} ${r.postData()}`)
    })
    page.on('response', async (r) => {
      if (r.request().method() === 'POST') posts.push(`→ ${r.status()} ${await r.text().catch(() => '')}`)
    })
    await page.goto(appUrl('/start-a-project?outcome=platform&utm_source=browser-test'), {
      waitUntil: 'load',
    })
    expect(await axeViolations(page), 'axe on the empty form').toEqual([])

    await tabTo(page, 'lf-name')
    await page.keyboard.type('Grace Hopper', { delay: 20 })
    await page.keyboard.press('Tab')
    expect(await activeId(page)).toBe('lf-email')
    await page.keyboard.type('grace@', { delay: 20 })
    await tabTo(page, 'lf-message')
    await page.keyboard.type('Our models drift <b>every</b> week.', { delay: 5 })
    // Consent left unchecked, company left empty: send.
    await page.keyboard.press('Tab') // consent
    await page.keyboard.press('Tab') // privacy link
    await page.keyboard.press('Tab') // send
    await page.keyboard.press('Enter')

    await expect.poll(() => activeId(page)).toBe('lf-email')
    expect(posts).toEqual([]) // validated in the browser by the shared schema

    expect(await fieldState(page, 'lf-email')).toMatchObject({ invalid: 'true' })
    expect((await fieldState(page, 'lf-email')).described).toContain(copy.errors.email)
    expect((await fieldState(page, 'lf-company')).described).toContain(copy.errors.required)
    expect((await fieldState(page, 'lf-consent')).described).toContain(copy.errors.consent)
    expect(await fieldState(page, 'lf-name')).toMatchObject({ invalid: null, value: 'Grace Hopper' })
    expect(await axeViolations(page), 'axe with errors shown').toEqual([])

    const email = `grace.${Date.now()}@navy.example`
    await page.keyboard.press('Control+A')
    await page.keyboard.type(email, { delay: 10 })
    await page.keyboard.press('Tab')
    await page.keyboard.type('US Navy', { delay: 10 })
    await tabTo(page, 'lf-consent')
    await page.keyboard.press('Space')
    await page.keyboard.press('Tab')
    await page.keyboard.press('Tab')
    await page.keyboard.press('Enter')

    const reference = page.locator('[data-reference]')
    try {
      await reference.waitFor({ timeout: 15_000 })
    } catch (error) {
      const form = await page.locator('#start').innerText()
      throw new Error(`No reference after sending. The section reads:\n${form}\nPOSTs: ${posts.join(', ')}`, {
        cause: error,
      })
    }
    const ref = (await reference.textContent())!.trim()
    expect(await page.locator('#lead-form-sent').textContent()).toContain(copy.success.title)

    const lead = await leadByReference(ref)
    expect(lead).toMatchObject({
      name: 'Grace Hopper',
      email,
      company: 'US Navy',
      message: 'Our models drift <b>every</b> week.',
      spam: false,
      status: 'new',
    })
    expect(lead?.context).toMatchObject({
      decideOutcome: 'platform',
      utmSource: 'browser-test',
      landingPath: '/start-a-project',
    })
    await waitForSent(ref)
    await context.close()
  })

  it('without JavaScript: the home page form posts, the server shows the same errors with the input kept, then sends', async () => {
    const context = await browser.newContext({
      javaScriptEnabled: false,
      extraHTTPHeaders: { 'x-forwarded-for': uniqueIp() },
    })
    const page = await context.newPage()
    await page.goto(appUrl('/'), { waitUntil: 'load' })
    expect(await page.locator('script[src*="LeadFormEnhanced"]').count()).toBe(0)

    await tabTo(page, 'lf-name')
    await page.keyboard.type('Katherine Johnson', { delay: 10 })
    await page.keyboard.press('Tab')
    await page.keyboard.type('katherine@', { delay: 10 })
    await tabTo(page, 'lf-message')
    await page.keyboard.type('Line one\nLine two', { delay: 5 })
    await tabTo(page, 'lf-consent')
    await page.keyboard.press('Tab')
    await page.keyboard.press('Tab')
    await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')])

    expect(new URL(page.url()).pathname).toBe('/start-a-project')
    expect(await page.locator('#lf-summary').textContent()).toContain(copy.errors.summary)
    expect(await fieldState(page, 'lf-email')).toMatchObject({ invalid: 'true', value: 'katherine@' })
    expect((await fieldState(page, 'lf-email')).described).toContain(copy.errors.email)
    expect((await fieldState(page, 'lf-company')).described).toContain(copy.errors.required)
    expect((await fieldState(page, 'lf-consent')).described).toContain(copy.errors.consent)
    expect(await fieldState(page, 'lf-name')).toMatchObject({ invalid: null, value: 'Katherine Johnson' })
    expect((await fieldState(page, 'lf-message')).value).toBe('Line one\nLine two')

    const email = `katherine.${Date.now()}@nasa.example`
    await tabTo(page, 'lf-email')
    await page.keyboard.press('Control+A')
    await page.keyboard.type(email, { delay: 10 })
    await page.keyboard.press('Tab')
    await page.keyboard.type('NASA', { delay: 10 })
    await tabTo(page, 'lf-consent')
    await page.keyboard.press('Space')
    await page.waitForTimeout(1600) // a person takes longer than the minimum fill time
    await page.keyboard.press('Tab')
    await page.keyboard.press('Tab')
    await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')])

    const ref = (await page.locator('[data-reference]').textContent())!.trim()
    const lead = await leadByReference(ref)
    expect(lead).toMatchObject({
      name: 'Katherine Johnson',
      email,
      company: 'NASA',
      spam: false,
      message: 'Line one\nLine two',
    })
    await waitForSent(ref)
    await context.close()
  })
})
