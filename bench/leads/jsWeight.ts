/**
 * How much JavaScript the home page loads, and what the enquiry form adds: the gzipped
 * size of every /_next/static script Chromium fetches until `load`, on the home page (with
 * the form) and on the 404 page (same layout, no form), then what a first focus in the
 * form loads (react-hook-form, zod, the enhanced form).
 *
 *   APP_URL=http://localhost:3000 npx tsx bench/leads/jsWeight.ts
 */
import { gzipSync } from 'node:zlib'

import type { Page } from 'playwright-core'

import { launchBrowser } from '../../tests/support/browser'

const base = process.env.APP_URL || 'http://localhost:3000'

function recordScripts(page: Page) {
  const sizes = new Map<string, number>()
  page.on('response', async (res) => {
    const url = new URL(res.url())
    if (res.request().resourceType() !== 'script' || !url.pathname.startsWith('/_next/static/')) return
    try {
      sizes.set(url.pathname, gzipSync(await res.body()).length)
    } catch {
      // redirected or aborted
    }
  })
  return sizes
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`
const total = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0)

const browser = await launchBrowser()
try {
  const measure = async (path: string) => {
    const page = await browser.newPage()
    const sizes = recordScripts(page)
    await page.goto(new URL(path, base).toString(), { waitUntil: 'load' })
    await page.waitForTimeout(500)
    return { page, sizes }
  }
  const notFound = await measure('/no-such-page-for-js-weight')
  const home = await measure('/')
  const before = new Set(home.sizes.keys())
  await home.page.focus('#lf-name')
  await home.page.waitForFunction(() => document.getElementById('lf-name') === document.activeElement)
  await home.page.waitForTimeout(1500)
  const onFocus = new Map([...home.sizes].filter(([k]) => !before.has(k)))
  const homeAtLoad = new Map([...home.sizes].filter(([k]) => before.has(k)))
  const formOnly = new Map([...homeAtLoad].filter(([k]) => !notFound.sizes.has(k)))

  console.table({
    '404 page (layout only, no form)': { scripts: notFound.sizes.size, gzipped: kb(total(notFound.sizes)) },
    'home page at load (with the form)': { scripts: homeAtLoad.size, gzipped: kb(total(homeAtLoad)) },
    'of which only on the home page': { scripts: formOnly.size, gzipped: kb(total(formOnly)) },
    'loaded on first focus in the form': { scripts: onFocus.size, gzipped: kb(total(onFocus)) },
  })
  console.log(`Home at load / 404 page: ${(total(homeAtLoad) / total(notFound.sizes)).toFixed(3)}x`)
} finally {
  await browser.close()
}
