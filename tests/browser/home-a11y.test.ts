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

  for (const width of [360, 1280]) {
    it(`at ${width} px, every link of the in-page navigation lands on its section`, async () => {
      const page = await browser().newPage({ viewport: { width, height: 800 } })
      await page.goto(appUrl('/'), { waitUntil: 'load' })
      const links = page.locator('nav.site-nav a[href^="/#"]')
      const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!))
      expect(hrefs.length).toBeGreaterThanOrEqual(5)
      for (const href of hrefs) {
        const id = href.slice(2)
        await page.evaluate(() => window.scrollTo(0, 0))
        await page.locator(`nav.site-nav a[href="${href}"]`).click()
        await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${id}`)
        // Below the sticky header, at the top of the screen: not short of it, not past it.
        const top = await page.evaluate(
          (target) => document.getElementById(target)!.getBoundingClientRect().top,
          id,
        )
        expect(top, href).toBeGreaterThanOrEqual(0)
        expect(top, href).toBeLessThan(200)
      }
      await page.close()
    })
  }

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
