import { describe, expect, it } from 'vitest'

import { appUrl } from '../support/context'
import { axeViolations, useBrowser } from '../support/browser'

describe('home page in Chromium', () => {
  const browser = useBrowser()

  for (const [path, width] of [
    ['/', 360],
    ['/', 1280],
    ['/privacy', 360],
  ] as const) {
    it(`${path} at ${width} px: no axe violations, nothing wider than the screen`, async () => {
      const page = await browser().newPage({ viewport: { width, height: 800 } })
      await page.goto(appUrl(path), { waitUntil: 'load' })

      const violations = await axeViolations(page)
      expect(violations, JSON.stringify(violations, null, 2)).toEqual([])

      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
      expect(overflow).toBeLessThanOrEqual(0)
      await page.close()
    })
  }

  it('moves to a section from the in-page navigation', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 800 } })
    await page.goto(appUrl('/'))
    await page.locator('nav.site-nav a[href="/#faq"]').click()
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#faq')
    await expect
      .poll(
        () => page.evaluate(() => Math.round(document.getElementById('faq')!.getBoundingClientRect().top)),
        { timeout: 5000 },
      )
      .toBeLessThan(200)
    await page.close()
  })

  it('lets a keyboard user skip straight to the content', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 800 } })
    await page.goto(appUrl('/'))
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.className)).toContain('skip-link')
    await page.keyboard.press('Enter')
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main')
    await page.close()
  })
})
