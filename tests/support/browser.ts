import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { afterAll, beforeAll } from 'vitest'

import type { Role } from '@/lib/access/roles'

import { sessionToken, type Credentials } from './api'
import { appUrl } from './context'

const require = createRequire(import.meta.url)

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium'

/** The flags this machine's closed network needs (no background calls to outside hosts). */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/** Debian's Chromium, started the way this machine needs. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS })
}

/**
 * One Chromium for the tests of the calling `describe`: launched before them, closed after.
 * Returns a getter, since the browser exists only once `beforeAll` has run.
 */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined
  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(() => browser?.close())
  return () => {
    if (!browser) throw new Error('Chromium has not started (is useBrowser() called inside a describe?)')
    return browser
  }
}

/** Gives the browser `context` the session of `who` (see sessionToken), as the admin's sign-in form would. */
export async function signInBrowser(context: BrowserContext, who: Role | Credentials): Promise<void> {
  await context.addCookies([{ name: 'payload-token', value: await sessionToken(who), url: appUrl('/') }])
}

/**
 * Renders what waits off screen until a visitor scrolls to it (content-visibility: auto): text
 * not yet rendered has no colours to check and is left out of innerText.
 */
export function renderOffscreenContent(page: Page): Promise<void> {
  return page.evaluate(() => {
    for (const el of document.querySelectorAll<HTMLElement>('body *'))
      if (getComputedStyle(el).contentVisibility === 'auto') el.style.contentVisibility = 'visible'
  })
}

export type AxeViolation = { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }

/** Runs axe-core in the page (WCAG 2.x A and AA plus best practices) and returns its violations. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  // Every section is checked as it looks once on screen.
  await renderOffscreenContent(page)
  // Evaluated over the DevTools protocol rather than as a <script>: the page's CSP (rightly) refuses injected scripts.
  await page.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'))
  return page.evaluate(async () => {
    const axe = Reflect.get(window, 'axe') as {
      run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }>
    }
    const result = await axe.run(document, {
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
      },
    })
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target })),
    }))
  })
}
