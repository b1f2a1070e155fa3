import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'

import { appUrl } from '../support/context'
import { useBrowser } from '../support/browser'

/** Records every CSP violation the page reports, from the moment it starts loading. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = []
    Reflect.set(window, '__cspViolations', seen)
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.effectiveDirective} ${e.blockedURI} ${e.sample}`),
    )
  })
  const console: string[] = []
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) console.push(m.text())
  })
  return async () => [...console, ...(await page.evaluate(() => Reflect.get(window, '__cspViolations')))]
}

describe('Content-Security-Policy in Chromium', () => {
  const browser = useBrowser()

  /** A script added to the page after load must not run, and must be reported as a script-src violation. */
  async function expectInjectedScriptRefused(page: Page, violations: () => Promise<string[]>) {
    await page
      .addScriptTag({ content: 'window.__injected = true' })
      .catch(() => undefined /* refused, as it should be */)
    expect(await page.evaluate(() => Reflect.get(window, '__injected'))).toBeUndefined()
    expect((await violations()).some((v) => v.startsWith('script-src'))).toBe(true)
  }

  it('the home page runs Next’s own scripts with no violation, and refuses an injected one', async () => {
    const page = await browser().newPage()
    const violations = await watchViolations(page)
    await page.goto(appUrl('/'), { waitUntil: 'load' })
    // Next's client starts up (it needs the inline payload scripts the policy allows).
    await expect.poll(() => page.evaluate(() => typeof Reflect.get(window, 'next'))).toBe('object')
    await page.waitForLoadState('networkidle')
    expect(await violations()).toEqual([])

    await expectInjectedScriptRefused(page, violations)
    await page.close()
  })

  it('/start-a-project (a nonce per request) runs Next’s scripts and the form with no violation, and refuses an injected one', async () => {
    const page = await browser().newPage()
    const violations = await watchViolations(page)
    await page.goto(appUrl('/start-a-project'), { waitUntil: 'load' })
    await expect.poll(() => page.evaluate(() => typeof Reflect.get(window, 'next'))).toBe('object')
    // Focusing a field loads the enhanced form (a chunk fetched and run on demand).
    const loaded = page.waitForResponse(
      (r) => r.url().includes('/_next/static/') && r.request().resourceType() === 'script',
    )
    await page.locator('#lead-form input:not([type="hidden"])').first().focus()
    await loaded
    await page.waitForLoadState('networkidle')
    expect(await violations()).toEqual([])

    await expectInjectedScriptRefused(page, violations)
    await page.close()
  })

  it('the admin login page works under its own policy', async () => {
    const page = await browser().newPage()
    const violations = await watchViolations(page)
    await page.goto(appUrl('/admin/login'), { waitUntil: 'networkidle' })
    await expect.poll(() => page.locator('input[name="email"]').count()).toBe(1)
    expect(await violations()).toEqual([])
    await page.close()
  })
})
