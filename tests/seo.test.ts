import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Faq, SiteSetting } from '@/payload-types'

import { appUrl, testContext } from './support/context'
import { parsePolicy } from './support/csp'
import { eventually, fetchDocument } from './support/html'
import { testPayload } from './support/payload'

type JsonLd = Record<string, unknown> & { '@type': string }

describe('search engines and link previews', () => {
  let document: Document
  let settings: SiteSetting
  let faqs: Faq[]
  const origin = () => testContext().env.NEXT_PUBLIC_SERVER_URL

  beforeAll(async () => {
    const payload = await testPayload()
    settings = await payload.findGlobal({ slug: 'site-settings' })
    faqs = (await payload.find({ collection: 'faqs', sort: '_order', pagination: false, draft: false })).docs
    ;({ document } = await fetchDocument(appUrl('/')))
  })

  const meta = (selector: string) => document.querySelector(selector)?.getAttribute('content')

  it('has the title, description and canonical URL from the site settings', () => {
    expect(document.querySelector('title')?.textContent).toBe(settings.meta?.title)
    expect(meta('meta[name="description"]')).toBe(settings.meta?.description)
    const absolute = (href: string | null | undefined) => (href ? new URL(href).href : href)
    expect(absolute(document.querySelector('link[rel="canonical"]')?.getAttribute('href'))).toBe(
      `${origin()}/`,
    )
    expect(meta('meta[property="og:title"]')).toBe(settings.meta?.title)
    expect(absolute(meta('meta[property="og:url"]'))).toBe(`${origin()}/`)
    expect(meta('meta[name="twitter:card"]')).toBe('summary_large_image')
  })

  it('has JSON-LD that parses: the practice, and an FAQPage holding every published FAQ', () => {
    const blocks = [...document.querySelectorAll('script[type="application/ld+json"]')].map(
      (s) => JSON.parse(s.textContent ?? '') as JsonLd,
    )
    const practice = blocks.find((b) => b['@type'] === 'ProfessionalService')
    expect(practice).toMatchObject({
      '@context': 'https://schema.org',
      name: settings.siteName,
      url: `${origin()}/`,
    })
    expect(practice?.email).toBe(settings.contactEmail)

    const faqPage = blocks.find((b) => b['@type'] === 'FAQPage') as
      { mainEntity: { '@type': string; name: string; acceptedAnswer: { text: string } }[] } | undefined
    expect(faqs.length).toBeGreaterThan(0)
    expect(faqPage?.mainEntity.map((q) => [q.name, q.acceptedAnswer.text])).toEqual(
      faqs.map((f) => [f.question, f.answer]),
    )
    expect(faqPage?.mainEntity.every((q) => q['@type'] === 'Question')).toBe(true)
  })

  it('serves sitemap.xml with the canonical page', async () => {
    const res = await fetch(appUrl('/sitemap.xml'))
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/xml/)
    const xml = await res.text()
    expect(xml).toContain(`<loc>${origin()}/</loc>`)
    expect(xml).toMatch(/<lastmod>\d{4}-\d{2}-\d{2}/)
    expect(parsePolicy(res.headers.get('content-security-policy')).get('default-src')).toEqual(["'none'"])
  })

  it('serves robots.txt that points at the sitemap and keeps crawlers out of the admin', async () => {
    const res = await fetch(appUrl('/robots.txt'))
    expect(res.status).toBe(200)
    const text = await res.text()
    expect(text).toContain(`Sitemap: ${origin()}/sitemap.xml`)
    expect(text).toMatch(/Disallow: \/admin/)
    expect(text).toMatch(/Allow: \/$/m)
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(parsePolicy(res.headers.get('content-security-policy')).get('default-src')).toEqual(["'none'"])
  })

  it('links an Open Graph image that is a 1200×630 PNG drawn from the hero', async () => {
    const src = meta('meta[property="og:image"]')
    expect(src).toBeTruthy()
    expect(src!.startsWith(`${origin()}/opengraph-image`)).toBe(true)
    expect(meta('meta[property="og:image:width"]')).toBe('1200')
    const res = await fetch(appUrl(new URL(src!).pathname + new URL(src!).search))
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('image/png')
    const png = Buffer.from(await res.arrayBuffer())
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a')
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630])
  })

  it('uses the image marketing uploads in the site settings instead of the drawn one', async () => {
    const payload = await testPayload()
    const red = await sharp({ create: { width: 1600, height: 900, channels: 3, background: '#ff0000' } })
      .png()
      .toBuffer()
    const media = await payload.create({
      collection: 'media',
      data: { alt: 'A plain red card' },
      file: { data: red, mimetype: 'image/png', name: `og-${Date.now()}.png`, size: red.length },
    })
    try {
      await payload.updateGlobal({
        slug: 'site-settings',
        data: { meta: { ...settings.meta, image: media.id }, _status: 'published' },
      })
      const firstPixel = async () => {
        const { document: page } = await fetchDocument(appUrl('/'))
        const src = new URL(page.querySelector('meta[property="og:image"]')!.getAttribute('content')!)
        const res = await fetch(appUrl(src.pathname + src.search))
        const png = Buffer.from(await res.arrayBuffer())
        const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true })
        return {
          rgb: [...data.subarray(0, 3)],
          size: [info.width, info.height],
          type: res.headers.get('content-type'),
        }
      }
      await eventually(async () => (await firstPixel()).rgb.join() === '255,0,0', 5000)
      expect(await firstPixel()).toEqual({ rgb: [255, 0, 0], size: [1200, 630], type: 'image/png' })
    } finally {
      await payload.updateGlobal({
        slug: 'site-settings',
        data: { meta: { ...settings.meta, image: null }, _status: 'published' },
      })
      await payload.delete({ collection: 'media', id: media.id })
    }
  })
})
