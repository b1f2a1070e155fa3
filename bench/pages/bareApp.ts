import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { launchBrowser, renderOffscreenContent } from '@/tests/support/browser'

export const BARE_DIR = path.resolve('bench/pages/bare-app')

/** The visible text, title and description of a page, as a visitor's browser sees them. */
export async function visibleText(
  url: string,
): Promise<{ lines: string[]; title: string; description: string }> {
  const browser = await launchBrowser()
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
    await page.goto(url, { waitUntil: 'load' })
    // All of the text, the sections waiting off screen included.
    await renderOffscreenContent(page)
    const text = await page.evaluate(() => document.body.innerText)
    const title = await page.title()
    const description = (await page.locator('meta[name="description"]').getAttribute('content')) ?? ''
    return {
      lines: text
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean),
      title,
      description,
    }
  } finally {
    await browser.close()
  }
}

/** Writes a bare Next app (no CSS, no fonts, no components) whose one page holds `lines`. */
export function writeBareApp({
  lines,
  title,
  description,
}: {
  lines: string[]
  title: string
  description: string
}) {
  const app = path.join(BARE_DIR, 'app')
  mkdirSync(app, { recursive: true })
  // Without a hook of its own, the nested app's build picks up this project's
  // instrumentation.ts (which boots Payload): an empty one keeps the bare page bare.
  writeFileSync(path.join(BARE_DIR, 'instrumentation.js'), 'export function register() {}\n')
  writeFileSync(
    path.join(app, 'layout.js'),
    `export const metadata = ${JSON.stringify({ title, description })}\n` +
      `export default function Layout({ children }) {\n  return (<html lang="en"><body>{children}</body></html>)\n}\n`,
  )
  writeFileSync(
    path.join(app, 'page.js'),
    `const LINES = ${JSON.stringify(lines)}\n` +
      `export default function Page() {\n  return (<main>{LINES.map((line, i) => (i === 0 ? <h1 key={i}>{line}</h1> : <p key={i}>{line}</p>))}</main>)\n}\n`,
  )
}
