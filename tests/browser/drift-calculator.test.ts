import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'

import { DRIFT_SUMMARY_STORAGE_KEY } from '@/lib/links/startProject'
import { driftCalculator as copy } from '@/lib/seed/content'

import { axeViolations, useBrowser } from '../support/browser'
import { appUrl } from '../support/context'

const lines = (values: (string | number)[]) => values.join('\n')
const level = (page: Page, figure: string) =>
  page.locator(`.drift__table tr[data-figure="${figure}"] td`).nth(1).textContent()
const value = (page: Page, figure: string) =>
  page.locator(`.drift__table tr[data-figure="${figure}"] td`).nth(0).textContent()

/** Puts a large text in a field at once, as a paste does (typing 600 KB key by key would take minutes). */
async function paste(page: Page, selector: string, text: string) {
  await page.locator(selector).evaluate((el, value) => {
    const setValue = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!
    setValue.call(el, value)
    el.dispatchEvent(new Event('input', { bubbles: true }))
  }, text)
}

async function openCalculator(page: Page, width = 1280) {
  await page.setViewportSize({ width, height: 900 })
  await page.goto(appUrl('/'))
  await page.locator('.drift-open').click()
  await page.locator('#drift-baseline').waitFor()
}

describe('drift calculator in Chromium', () => {
  const browser = useBrowser()

  it('loads its code only when opened, then takes focus', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 900 } })
    const scripts: string[] = []
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.url())
    })
    await page.goto(appUrl('/'), { waitUntil: 'networkidle' })
    const onLoad = [...scripts]
    expect(await page.locator('#drift-baseline').count()).toBe(0)
    expect(await page.locator('#drift-calculator h3').textContent()).toBe(copy.title)
    expect(await page.locator('#drift-calculator').textContent()).toContain(copy.smoothing)

    await page.locator('.drift-open').click()
    await page.locator('#drift-baseline').waitFor()
    const later = scripts.filter((s) => !onLoad.includes(s))
    expect(later.length).toBeGreaterThan(0)
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('drift-baseline')
    await page.close()
  })

  it('says so, and keeps its button, when its words cannot be fetched', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 900 } })
    let refused = 0
    await page.route('**/next/drift-calculator', (route) => {
      refused++
      return route.fulfill({ status: 503, body: 'down' })
    })
    await page.goto(appUrl('/'))
    await page.locator('.drift-open').click()
    await expect.poll(() => page.locator('.drift-open__failed').textContent()).toBe(copy.errors.failed)
    expect(refused).toBe(1)
    expect(await page.locator('#drift-baseline').count()).toBe(0)

    await page.unroute('**/next/drift-calculator')
    await page.locator('.drift-open').click()
    await page.locator('#drift-baseline').waitFor()
    await page.close()
  })

  it('without JavaScript: says it needs JavaScript, and shows no dead button', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(appUrl('/'))
    expect(await page.locator('#drift-calculator').textContent()).toContain(copy.noScript)
    expect(await page.locator('.drift-open').count()).toBe(0)
    await context.close()
  })

  it('classifies a pasted pair of categories against the threshold table', async () => {
    const page = await browser().newPage()
    await openCalculator(page)
    // Baseline 50% a / 50% b, current 25% / 75%: PSI = 0.25 ln 2 + 0.25 ln 1.5 = 0.2747 (retrain at 0.25),
    // KL = 0.5 ln 2 + 0.5 ln(2/3) = 0.1438 (inspect at 0.05, retrain at 0.15).
    await page.locator('#drift-baseline').fill(lines(['a', 'b', 'a', 'b']))
    await page.locator('#drift-current').fill(lines(['a', 'b', 'b', 'b']))
    await page.locator('.drift__submit').click()
    await page.locator('.drift__table').waitFor()
    expect(await value(page, 'psi')).toBe('0.275')
    expect(await level(page, 'psi')).toBe(copy.levels.retrain)
    expect(await value(page, 'kl')).toBe('0.144')
    expect(await level(page, 'kl')).toBe(copy.levels.inspect)
    expect(await level(page, 'js')).toBe(copy.notes.noRow)
    expect(await level(page, 'wasserstein')).toBe(copy.notes.notForCategories)
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('drift-results-title')
    expect(await page.locator('.drift-chart svg').count()).toBe(1)

    // Send the result with Start a project: a summary, never the samples.
    const send = page.locator('.drift__results a', { hasText: copy.labels.send })
    const href = (await send.getAttribute('href'))!
    const url = new URL(href, appUrl('/'))
    expect(url.pathname).toBe('/start-a-project')
    const summary = url.searchParams.get('driftSummary')!
    expect(summary).toContain(`${copy.metrics.psi} 0.275 (${copy.levels.retrain})`)
    expect(summary).toContain('4 baseline values, 4 current values')
    await send.click()
    await page.waitForURL(/start-a-project/)
    expect(await page.evaluate((key) => sessionStorage.getItem(key), DRIFT_SUMMARY_STORAGE_KEY)).toBe(summary)
    await page.close()
  })

  it('names the line of a bad value, and refuses numbers against categories', async () => {
    const page = await browser().newPage()
    await openCalculator(page)
    await page.locator('#drift-baseline').fill(lines([1, 2, 'NaN', 4, 5]))
    await page.locator('#drift-current').fill(lines([1, 2, 3]))
    await page.locator('.drift__submit').click()
    const alert = page.locator('#drift-messages')
    await expect
      .poll(() => alert.textContent())
      .toBe(
        copy.errors.notFinite
          .replace('{sample}', copy.labels.baseline)
          .replace('{line}', '3')
          .replace('{token}', 'NaN'),
      )
    expect(await page.locator('#drift-baseline').getAttribute('aria-invalid')).toBe('true')
    expect(await page.locator('.drift__table').count()).toBe(0)

    await page.locator('#drift-baseline').fill(lines(['web', 'ios']))
    await page.locator('.drift__submit').click()
    await expect
      .poll(() => alert.textContent())
      .toBe(
        copy.errors.mixedKinds
          .replace('{numeric}', copy.labels.current)
          .replace('{categorical}', copy.labels.baseline),
      )
    await page.close()
  })

  it('runs a demo pair in a Web Worker and classifies Wasserstein once given a band; axe stays clean', async () => {
    const page = await browser().newPage()
    await openCalculator(page, 360)
    await page.locator('.drift__demo', { hasText: 'Shifted mean' }).click()
    await page.locator('.drift__results').waitFor()
    expect(await page.locator('.drift__results').getAttribute('data-engine')).toBe('worker')
    expect((await page.locator('#drift-baseline').inputValue()).split('\n')).toHaveLength(5000)
    expect(await level(page, 'psi')).toBe(copy.levels.retrain) // PSI ≈ 0.37 for a 0.6 sd shift
    expect(await level(page, 'wasserstein')).toBe(copy.notes.needsBand)
    // Wasserstein ≈ 6.1 (the means differ by 6); with a band of 10 it is 0.61 bands: below inspect.
    await page.locator('#drift-band').fill('10')
    await expect.poll(() => level(page, 'wasserstein')).toBe(copy.levels.belowInspect)

    const violations = await axeViolations(page)
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([])
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
    expect(overflow).toBeLessThanOrEqual(0)
    await page.close()
  })

  it('takes 100,000 values per side', async () => {
    const page = await browser().newPage()
    await openCalculator(page)
    const n = 100_000
    const baseline = Array.from({ length: n }, (_, i) => i)
    await paste(page, '#drift-baseline', lines(baseline))
    await paste(page, '#drift-current', lines(baseline.map((x) => x + 0.5)))
    await page.locator('.drift__submit').click()
    await page.locator('.drift__results').waitFor({ timeout: 20_000 })
    expect(await page.locator('.drift__counts').textContent()).toContain(
      '100,000 baseline values, 100,000 current values',
    )
    expect(await value(page, 'wasserstein')).toBe('0.5')
    expect(await level(page, 'psi')).toBe(copy.levels.belowInspect)
    await page.close()
  })
})
