import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  startAppInstance,
  proxiedDatabase,
  type AppInstance,
  type DatabaseProxy,
} from './support/appInstance'
import { launchBrowser } from './support/browser'
import { testContext } from './support/context'
import { leadsByEmail, uniqueIp, validLead } from './support/leads'
import { testPayload } from './support/payload'

/**
 * A second instance of the production app whose only way to Postgres goes through a proxy
 * the test cuts: the database becomes unreachable for real, mid-flight.
 */
describe('Postgres unreachable', () => {
  let proxy: DatabaseProxy
  let app: AppInstance
  let browser: Browser

  beforeAll(async () => {
    proxy = await proxiedDatabase(testContext().databaseUrl)
    app = await startAppInstance({ DATABASE_URL: proxy.url, JOBS_AUTORUN: '0' })
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
    await app?.stop()
    await proxy?.close()
  })

  const post = (body: object) =>
    fetch(`${app.url}/start-a-project/submit`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': uniqueIp() },
      body: JSON.stringify(body),
    })

  it('answers 503 with a sentence asking to retry, stores nothing, and accepts the same enquiry once it is back', async () => {
    expect((await post(await validLead())).status).toBe(201) // the instance works through the proxy

    proxy.cut()
    const body = await validLead()
    const res = await post(body)
    expect(res.status).toBe(503)
    expect(res.headers.get('retry-after')).toBeTruthy()
    const closing = await (await testPayload()).findGlobal({ slug: 'closing-cta' })
    expect(((await res.json()) as { message: string }).message).toBe(closing.form.errors.unavailable)
    expect(await leadsByEmail(body.email as string)).toHaveLength(0)

    proxy.restore()
    let retried: Response | undefined
    for (let i = 0; i < 20 && retried?.status !== 201; i++) {
      retried = await post(body)
      if (retried.status !== 201) await new Promise((r) => setTimeout(r, 500))
    }
    expect(retried?.status).toBe(201)
    expect(await leadsByEmail(body.email as string)).toHaveLength(1)
  })

  it('without JavaScript: the page says so and keeps every word the visitor typed', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${app.url}/start-a-project`, { waitUntil: 'load' })
    const email = `cut.${Date.now()}@example.com`
    await page.fill('#lf-name', 'Dorothy Vaughan')
    await page.fill('#lf-email', email)
    await page.fill('#lf-company', 'Langley')
    await page.fill('#lf-message', 'Please keep this text.\nAll of it.')
    await page.check('#lf-consent')
    await page.waitForTimeout(1600)

    proxy.cut()
    await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')])
    const closing = await (await testPayload()).findGlobal({ slug: 'closing-cta' })
    expect(await page.locator('#lf-status').textContent()).toContain(closing.form.errors.unavailable)
    expect(await page.locator('[data-reference]').count()).toBe(0)
    expect(await page.inputValue('#lf-name')).toBe('Dorothy Vaughan')
    expect(await page.inputValue('#lf-email')).toBe(email)
    expect(await page.inputValue('#lf-company')).toBe('Langley')
    expect(await page.inputValue('#lf-message')).toBe('Please keep this text.\nAll of it.')
    expect(await page.isChecked('#lf-consent')).toBe(true)
    proxy.restore()
    expect(await leadsByEmail(email)).toHaveLength(0)
    await context.close()
  })
})
