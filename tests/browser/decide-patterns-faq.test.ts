import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'

import { decideTree, patterns, sectionIntros } from '@/lib/seed/content'

import { useBrowser } from '../support/browser'
import { appUrl } from '../support/context'

const prompt = (key: string) => decideTree.questions.find((q) => q.key === key)!.prompt
const outcome = (key: string) => decideTree.outcomes.find((o) => o.key === key)!
const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '')

describe('interactive sections in Chromium', () => {
  const browser = useBrowser()

  it('009: asks one question at a time by keyboard, with back, restart and an announced outcome', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 800 } })
    await page.goto(appUrl('/'))
    const options = page.locator('#decide .decide-steps__option')
    await options.first().waitFor()
    // One question on screen, not the whole tree.
    await expect
      .poll(() => page.locator('#decide h4:visible').allTextContents())
      .toEqual([prompt('q-workload')])

    // "Classical models" (second option) → freshness question; focus moves to it.
    await options.first().focus()
    await page.keyboard.press('Tab')
    await page.keyboard.press('Enter')
    await expect.poll(() => focusedText(page)).toBe(prompt('q-freshness'))
    // "Minutes or more" (second option) → platform question.
    await page.keyboard.press('Tab')
    await page.keyboard.press('Tab')
    await page.keyboard.press('Enter')
    await expect.poll(() => focusedText(page)).toBe(prompt('q-platform'))
    // "No — ML is one workload among many" → managed-first.
    await page.keyboard.press('Tab')
    await page.keyboard.press('Tab')
    await page.keyboard.press('Space')
    const managed = outcome('managed-first')
    await expect.poll(() => focusedText(page)).toBe(managed.title)
    const live = page.locator('#decide [aria-live="polite"]')
    await expect
      .poll(() => live.textContent())
      .toBe(`${sectionIntros.decide.labels.outcome}: ${managed.title}`)
    const cta = page.locator('#decide .decide-steps__card a', { hasText: managed.ctaLabel })
    expect(await cta.getAttribute('href')).toBe('/start-a-project?outcome=managed-first')

    // Back, by keyboard: link → Back.
    await page.keyboard.press('Tab')
    await page.keyboard.press('Tab')
    expect(await focusedText(page)).toBe(sectionIntros.decide.labels.back)
    await page.keyboard.press('Enter')
    await expect.poll(() => focusedText(page)).toBe(prompt('q-platform'))
    expect(await live.textContent()).toBe('')

    // Restart: back to the first question.
    await page.locator('#decide button', { hasText: sectionIntros.decide.labels.restart }).focus()
    await page.keyboard.press('Enter')
    await expect.poll(() => focusedText(page)).toBe(prompt('q-workload'))
    await expect
      .poll(() => page.locator('#decide button', { hasText: sectionIntros.decide.labels.back }).count())
      .toBe(0)
    await page.close()
  })

  it('009 without JavaScript: every question and outcome is there, linked', async () => {
    const context = await browser().newContext({
      javaScriptEnabled: false,
      viewport: { width: 1280, height: 800 },
    })
    const page = await context.newPage()
    await page.goto(appUrl('/'))
    expect(await page.locator('#decide h4').allTextContents()).toEqual([
      ...decideTree.questions.map((q) => q.prompt),
      ...decideTree.outcomes.map((o) => o.title),
    ])
    await page.locator('#decide a', { hasText: 'Classical models' }).click()
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#decide-q-freshness')
    await page.locator('#decide a', { hasText: 'Under 60 seconds' }).click()
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#decide-freshness-first')
    const target = page.locator('#decide-freshness-first')
    expect(await target.evaluate((el) => el.matches(':target'))).toBe(true)
    expect(await target.locator('a').getAttribute('href')).toBe('/start-a-project?outcome=freshness-first')
    await context.close()
  })

  it('003: moves through the patterns with the arrow keys, with visible focus', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 800 } })
    // A fake clock, so "nothing rotates on its own" below is checked over a minute of page time, not waited for.
    await page.clock.install()
    await page.goto(appUrl('/'))
    const tabs = page.locator('#patterns [role="tab"]')
    await tabs.first().waitFor()
    expect(await page.locator('#patterns [role="tablist"]').getAttribute('aria-label')).toBe(
      sectionIntros.patterns.labels.tablist,
    )
    const visibleTitles = () =>
      page.locator('#patterns [role="tabpanel"]:visible .pattern__title').allTextContents()
    expect(await visibleTitles()).toEqual([patterns[0]!.title])

    // Reach the tab set by keyboard (Tab from the section title), so focus is keyboard focus.
    await page.locator('#patterns-title').evaluate((el) => {
      el.setAttribute('tabindex', '-1')
      ;(el as HTMLElement).focus()
    })
    await page.keyboard.press('Tab')
    expect(await focusedText(page)).toContain(patterns[0]!.title)
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)
    expect(outline).not.toBe('none')

    await page.keyboard.press('ArrowRight')
    expect(await focusedText(page)).toContain(patterns[1]!.title)
    expect(await tabs.nth(1).getAttribute('aria-selected')).toBe('true')
    expect(await visibleTitles()).toEqual([patterns[1]!.title])
    await page.keyboard.press('End')
    expect(await visibleTitles()).toEqual([patterns[2]!.title])
    await page.keyboard.press('ArrowRight') // wraps round
    expect(await visibleTitles()).toEqual([patterns[0]!.title])
    await page.keyboard.press('ArrowLeft')
    expect(await visibleTitles()).toEqual([patterns[2]!.title])
    // Tab leaves the tab list for the open panel; only the selected tab is in the tab order.
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('tabpanel')

    // Nothing rotates on its own: a minute passes on the page's clock, every timer due in it fires.
    await page.clock.runFor(60_000)
    expect(await visibleTitles()).toEqual([patterns[2]!.title])
    await page.close()
  })

  it('003 without JavaScript: every pattern is on the page', async () => {
    const context = await browser().newContext({
      javaScriptEnabled: false,
      viewport: { width: 1280, height: 800 },
    })
    const page = await context.newPage()
    await page.goto(appUrl('/'))
    expect(await page.locator('#patterns .pattern__title:visible').allTextContents()).toEqual(
      patterns.map((p) => p.title),
    )
    await context.close()
  })

  it('011: a link to a question opens it, and each open question shows its own link', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 800 } })
    await page.goto(appUrl('/'))
    const ids = await page.locator('#faq details').evaluateAll((els) => els.map((el) => el.id))
    expect(ids.length).toBeGreaterThan(2)

    const isOpen = (id: string) => page.locator(`#${id}`).evaluate((el) => (el as HTMLDetailsElement).open)

    // Arriving by a shared link: a fresh load of the page at the question's address.
    // (Not a hash change on the page just loaded: Next's router, hydrating, rewrites the
    // address it read at start-up and drops a hash that changed meanwhile.)
    await page.goto('about:blank')
    await page.goto(appUrl(`/#${ids[2]}`))
    await expect.poll(() => isOpen(ids[2]!)).toBe(true)
    expect(await page.locator('#faq details[open]').count()).toBe(1)

    // Following a link on the page once it is interactive (its copy buttons are shown):
    // the question the new address names opens too.
    await page.locator('.faq__copy').first().waitFor({ state: 'attached' })
    await page.goto(appUrl(`/#${ids[1]}`))
    await expect.poll(() => isOpen(ids[1]!)).toBe(true)

    // Open another question by keyboard; its link points at itself and keeps it open when followed.
    await page.locator(`#${ids[0]} summary`).focus()
    await page.keyboard.press('Enter')
    const link = page.locator(`#${ids[0]} .faq__link a`)
    expect(await link.textContent()).toBe(sectionIntros.faq.labels.link)
    expect(await link.getAttribute('href')).toBe(`#${ids[0]}`)
    await link.click()
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${ids[0]}`)
    expect(await isOpen(ids[0]!)).toBe(true)

    // The copy button puts the address on the clipboard.
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'])
    await page.locator(`#${ids[0]} .faq__copy`).click()
    await expect
      .poll(() => page.locator(`#${ids[0]} .faq__copied`).textContent())
      .toBe(sectionIntros.faq.labels.copied)
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(appUrl(`/#${ids[0]}`))
    await page.close()
  })
})
