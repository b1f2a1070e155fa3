import { afterAll, describe, expect, it } from 'vitest'

import { leadFormCopy } from '@/lib/seed/content/leadForm'
import { privacyPage } from '@/lib/seed/content/privacyPage'

import { appUrl } from './support/context'
import { eventually, fetchDocument, textOf } from './support/html'
import { testPayload } from './support/payload'

describe('/privacy, where the form’s consent sentence points', () => {
  const restore: (() => Promise<unknown>)[] = []
  afterAll(async () => {
    for (const undo of restore.reverse()) await undo()
  })

  it('is a real page: the consent link on the home page leads to it, with every section', async () => {
    const home = (await fetchDocument(appUrl('/'))).document
    const consent = [...home.querySelectorAll('#start a')].find(
      (a) => textOf(a) === leadFormCopy.consent.privacyLabel,
    )
    expect(consent, 'consent link').toBeDefined()

    const { document, status } = await fetchDocument(appUrl(consent!.getAttribute('href')!))
    expect(status).toBe(200)
    expect(textOf(document.querySelector('h1'))).toBe(privacyPage.title)
    expect([...document.querySelectorAll('main h2')].map(textOf)).toEqual(
      privacyPage.sections.map((s) => s.heading),
    )
    expect(textOf(document.querySelector('main'))).toContain('hash of your IP address')
    expect(document.querySelector('title')?.textContent).toContain(privacyPage.title)
  })

  it('keeps the header’s section links working: they lead back to the home page’s sections', async () => {
    const { document } = await fetchDocument(appUrl('/privacy'))
    const links = [...document.querySelectorAll('nav.site-nav a')].map((a) => a.getAttribute('href'))
    expect(links.length).toBeGreaterThan(0)
    for (const href of links) expect(href).toMatch(/^\/#[a-z]/)
  })

  it('is listed in the sitemap', async () => {
    expect(await (await fetch(appUrl('/sitemap.xml'))).text()).toMatch(/<loc>[^<]*\/privacy<\/loc>/)
  })

  it('shows marketing’s published change', async () => {
    const payload = await testPayload()
    const before = await payload.findGlobal({ slug: 'privacy-page' })
    const title = `How we handle your enquiry, ${Date.now()}`
    await payload.updateGlobal({ slug: 'privacy-page', data: { title, _status: 'published' } })
    restore.push(() =>
      payload.updateGlobal({ slug: 'privacy-page', data: { title: before.title, _status: 'published' } }),
    )

    // How soon is a figure for bench/edit-to-live; here, that it shows at all.
    await eventually(async () => {
      const { document } = await fetchDocument(appUrl('/privacy'))
      return textOf(document.querySelector('h1')) === title
    }, 15_000)
  })
})
