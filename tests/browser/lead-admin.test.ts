import { describe, expect, it } from 'vitest'

import { signInBrowser, useBrowser } from '../support/browser'
import { appUrl } from '../support/context'
import { leadsByEmail, postLead, validLead } from '../support/leads'
import { first } from '../support/first'

describe('a lead with HTML and script in it, in the admin', () => {
  const browser = useBrowser()

  it('shows the text as typed, escaped, and runs none of it', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>'
    const body = await validLead({ name: `Eve ${hostile}`, message: hostile })
    expect((await postLead(body)).status).toBe(201)
    const lead = first(await leadsByEmail(body.email as string))

    const context = await browser().newContext()
    await signInBrowser(context, 'sales')
    const page = await context.newPage()
    const dialogs: string[] = []
    page.on('dialog', async (d) => {
      dialogs.push(d.message())
      await d.dismiss()
    })
    await page.goto(appUrl(`/admin/collections/leads/${lead.id}`), { waitUntil: 'load' })
    const name = page.locator('#field-name')
    await name.waitFor({ timeout: 30_000 })
    expect(await name.inputValue()).toBe(`Eve ${hostile}`)
    expect(await page.locator('#field-message').inputValue()).toBe(hostile)
    // Every request the page started (an injected image's included) has ended: its error handler would have run.
    await page.waitForLoadState('networkidle')
    expect(await page.evaluate(() => Reflect.get(window, '__pwned'))).toBeUndefined()
    expect(await page.locator('img[src="x"]').count()).toBe(0)
    expect(dialogs).toEqual([])
    await context.close()
  })
})
