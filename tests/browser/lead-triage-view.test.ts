import { describe, expect, it } from 'vitest'

import { signInBrowser, useBrowser } from '../support/browser'
import { appUrl } from '../support/context'
import { hoursAgo, makeLead, withDuplicatesLinked } from '../support/triageLeads'
import { testPayload } from '../support/payload'

describe('a lead laid out for triage (Chromium)', () => {
  const browser = useBrowser()

  it('shows who, what they asked and the triage controls at once, delivery collapsed, and 8 earlier leads as a count and five links', async () => {
    const payload = await testPayload()
    const tag = Date.now().toString(36)
    const email = `ines.${tag}@tyrell-${tag}.example`
    // Eight earlier enquiries from the same address, one to eight hours ago.
    const earlier = []
    for (let hours = 1; hours <= 8; hours += 1)
      earlier.push(
        await makeLead(payload, { email, name: `Ines Earlier ${hours} ${tag}`, receivedAt: hoursAgo(hours) }),
      )
    const lead = await withDuplicatesLinked(
      payload,
      await makeLead(payload, {
        email,
        name: `Ines Triage ${tag}`,
        company: `Tyrell ${tag}`,
        message: 'Retraining is manual and our fraud model drifts every quarter.',
        context: {
          decideOutcome: `Managed platform ${tag}`,
          driftSummary: `PSI 0.31 on 4 of 12 features ${tag}`,
        },
      }),
    )
    expect(lead.duplicates).toHaveLength(8)
    const areaIds = (lead.areas ?? []).map((a) => (typeof a === 'number' ? a : a.id))
    expect(areaIds.length).toBeGreaterThan(0)
    const areaTitles = (
      await payload.find({ collection: 'service-areas', where: { id: { in: areaIds } }, depth: 0 })
    ).docs.map((a) => a.title)

    const context = await browser().newContext({ viewport: { width: 1280, height: 900 } })
    const page = await context.newPage()
    await signInBrowser(context, 'sales')
    await page.goto(appUrl(`/admin/collections/leads/${lead.id}`))
    await page.locator('#field-name').waitFor({ timeout: 30_000 })

    // Who and what they asked, without opening anything.
    expect(await page.locator('#field-name').inputValue()).toBe(lead.name)
    expect(await page.locator('#field-company').inputValue()).toBe(`Tyrell ${tag}`)
    expect(await page.locator('#field-message').inputValue()).toBe(lead.message)
    expect(await page.locator('#field-areas').isVisible()).toBe(true)
    // The relationship field fetches its labels after the page loads.
    await expect
      .poll(async () => {
        const text = (await page.locator('#field-areas').textContent()) ?? ''
        return areaTitles.filter((title) => text.includes(title))
      })
      .toEqual(areaTitles)
    expect(await page.locator('.lead-answers [data-answer="decideOutcome"]').textContent()).toBe(
      `Managed platform ${tag}`,
    )
    expect(await page.locator('.lead-answers [data-answer="driftSummary"]').textContent()).toBe(
      `PSI 0.31 on 4 of 12 features ${tag}`,
    )
    // What sales act with, enabled for them.
    for (const control of ['#field-status', '#field-owner', '#field-newNote'])
      expect(await page.locator(control).isVisible(), control).toBe(true)
    expect(await page.locator('#field-newNote').isDisabled()).toBe(false)

    // The emails' delivery state and the campaign fields wait in collapsed groups (not rendered until opened).
    const delivery = page.locator('#field-salesNotification__state')
    expect(await delivery.isVisible()).toBe(false)
    expect(await page.locator('#field-context__utmSource').isVisible()).toBe(false)
    await page.locator('.collapsible', { hasText: 'Emails sent' }).locator('.collapsible__toggle').click()
    await expect.poll(() => delivery.isVisible()).toBe(true)
    expect(await page.locator('#field-salesNotification__state').textContent()).toMatch(
      /pending|sent|failed|skipped/i,
    )

    // Duplicates: a count and the five most recent, linked; not the raw relationship chips.
    expect(await page.locator('#field-duplicates').count()).toBe(0)
    expect((await page.locator('.lead-duplicates__count').textContent())?.trim()).toBe('8')
    const links = page.locator('.lead-duplicates a[data-duplicate-id]')
    expect(await links.count()).toBe(5)
    expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(
      earlier.slice(0, 5).map((e) => `/admin/collections/leads/${e.id}`),
    )
    expect(await links.allTextContents()).toEqual(earlier.slice(0, 5).map((e) => e.name))

    // The list filtered to all eight.
    await page.locator('.lead-duplicates__all').click()
    await page.waitForURL(/\/admin\/collections\/leads\?/)
    await expect
      .poll(async () =>
        (await page.locator('.table tbody td.cell-name').allTextContents()).map((n) => n.trim()),
      )
      .toEqual(earlier.map((e) => e.name))
    await context.close()
  })
})
