import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'

import { DEV_DEFAULTS } from '@/lib/env/seedUsers'

import { useBrowser } from '../support/browser'
import { appUrl } from '../support/context'
import { makeLead, seededUser } from '../support/triageLeads'
import { testPayload } from '../support/payload'

async function signInToAdmin(page: Page, email: string, password: string) {
  await page.goto(appUrl('/admin'))
  await page.waitForURL(/\/admin\/login/)
  await page.locator('#field-email').fill(email)
  await page.locator('#field-password').fill(password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((url) => url.pathname === '/admin' || url.pathname === '/admin/')
}

describe('sales triage in the admin (Chromium)', () => {
  const browser = useBrowser()

  it('a sales user opens a new lead from the dashboard, takes it, adds a note and marks it contacted', async () => {
    const payload = await testPayload()
    const sales = await seededUser(payload, 'sales')
    const lead = await makeLead(payload, { name: `Priya Browser ${Date.now()}`, company: 'Globex Analytics' })

    const page = await browser().newPage({ viewport: { width: 1280, height: 900 } })
    await signInToAdmin(page, sales.email, DEV_DEFAULTS.sales.password)

    const panel = page.locator('section.leads-panel')
    await expect.poll(() => panel.locator('[data-panel="new"] strong').textContent()).toMatch(/^[1-9]\d*$/)
    await panel.locator(`a[data-lead-id="${lead.id}"]`).click()
    await page.waitForURL(new RegExp(`/admin/collections/leads/${lead.id}$`))
    await expect.poll(() => page.locator('#field-name').inputValue()).toBe(lead.name)

    // Sales cannot change what the prospect sent.
    expect(await page.locator('#field-company').isDisabled()).toBe(true)

    await page.locator('#field-owner .rs__control').click()
    await page.locator('.rs__option', { hasText: sales.email }).click()
    await page.locator('#field-status .rs__control').click()
    await page.locator('.rs__option', { hasText: /^Contacted$/ }).click()
    await page
      .locator('#field-newNote')
      .fill('Spoke to Priya: two Triton clusters, drift alerts go nowhere. Call Tuesday.')
    await page.locator('#action-save').click()
    // The toast says "Submitting…" first, then how the save went.
    await expect
      .poll(() => page.locator('[data-sonner-toast]').allTextContents(), { timeout: 15_000 })
      .toContainEqual(expect.stringMatching(/successfully/i))

    const stored = await payload.findByID({ collection: 'leads', id: lead.id, depth: 0 })
    expect(stored.status).toBe('contacted')
    expect(stored.owner).toBe(sales.id)
    expect(stored.firstResponseAt).toBeTruthy()
    expect(stored.notes).toHaveLength(1)
    expect(stored.notes?.[0]).toMatchObject({
      body: 'Spoke to Priya: two Triton clusters, drift alerts go nowhere. Call Tuesday.',
      author: sales.id,
    })
    expect(stored.activity?.map((a) => [a.kind, a.to])).toEqual(
      expect.arrayContaining([
        ['status', 'contacted'],
        ['owner', sales.name],
        ['note', null],
      ]),
    )

    // After the save the note shows in the lead, and the note box is empty again.
    await page.reload()
    await expect.poll(() => page.locator('#field-notes').textContent()).toContain('Call Tuesday.')
    expect(await page.locator('#field-newNote').inputValue()).toBe('')
    const history = await page.locator('.lead-history li').allTextContents()
    expect(history).toHaveLength(3)
    expect(history.join('\n')).toContain(`${sales.name} moved it from new to contacted`)
    expect(history.join('\n')).toContain(`${sales.name} assigned it to ${sales.name}`)
    expect(history.join('\n')).toContain(`${sales.name} added a note`)
    await page.close()
  })

  it('lists leads newest first with the triage columns, and searches by name, email and company', async () => {
    const payload = await testPayload()
    const sales = await seededUser(payload, 'sales')
    const tag = Date.now().toString(36)
    const older = await makeLead(payload, {
      name: `Olu Older ${tag}`,
      company: `Umbrella ${tag}`,
      receivedAt: new Date(Date.now() - 60_000).toISOString(),
    })
    const newer = await makeLead(payload, { name: `Nia Newer ${tag}`, email: `nia.${tag}@hooli.example` })

    const page = await browser().newPage({ viewport: { width: 1400, height: 900 } })
    await signInToAdmin(page, sales.email, DEV_DEFAULTS.sales.password)
    await page.goto(appUrl('/admin/collections/leads'))
    const headers = await page.locator('.table thead th').allTextContents()
    expect(headers.map((h) => h.trim()).filter(Boolean)).toEqual([
      'Received At',
      'Name',
      'Company',
      'Areas',
      'Status',
      'Owner',
      'Age',
    ])
    await expect.poll(() => page.locator('.table tbody tr').first().textContent()).toContain(newer.name)

    const search = page.locator('.search-filter input')
    for (const [query, expected] of [
      [`nia.${tag}@hooli`, [newer.name]],
      [`Umbrella ${tag}`, [older.name]],
      [tag, [newer.name, older.name]],
    ] as const) {
      await search.fill(query)
      await expect
        .poll(async () =>
          (await page.locator('.table tbody td.cell-name').allTextContents()).map((name) => name.trim()),
        )
        .toEqual(expected)
    }
    await page.close()
  })

  it('shows marketing no leads, and sends a signed-in user away from first-user registration', async () => {
    const payload = await testPayload()
    const marketing = await seededUser(payload, 'marketing')
    const page = await browser().newPage({ viewport: { width: 1280, height: 900 } })
    await signInToAdmin(page, marketing.email, DEV_DEFAULTS.marketing.password)
    expect(await page.locator('section.leads-panel').count()).toBe(0)
    expect(await page.locator('nav a[href="/admin/collections/leads"]').count()).toBe(0)

    await page.goto(appUrl('/admin/collections/leads'))
    await expect
      .poll(() => page.locator('body').textContent())
      .toMatch(/unauthorized|not found|nothing found/i)
    expect(await page.locator('.table').count()).toBe(0)

    await page.goto(appUrl('/admin/create-first-user'))
    await page.waitForURL((url) => url.pathname === '/admin' || url.pathname === '/admin/')
    await page.close()
  })
})
