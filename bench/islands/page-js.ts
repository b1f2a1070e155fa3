/**
 * The JavaScript a page ships on load, as Chromium receives it: every script response,
 * its transferred body size (compressed as served) and the sum. Run by hand against a
 * running production server:
 *
 *   npx tsx bench/islands/page-js.ts http://localhost:3000/ [--click "<selector>"]
 *
 * With `--click`, it also clicks that element after load and lists the scripts that
 * arrive afterwards (e.g. the drift calculator, which must load only when used).
 */
import { launchBrowser } from '../../tests/support/browser'

type Script = { url: string; bytes: number }

async function main() {
  const [url, flag, selector] = process.argv.slice(2)
  if (!url) throw new Error('usage: page-js.ts <url> [--click <selector>]')
  const browser = await launchBrowser()
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
  const scripts: Script[] = []
  const pending: Promise<void>[] = []
  page.on('response', (res) => {
    if (res.request().resourceType() !== 'script') return
    pending.push(
      res
        .request()
        .sizes()
        .then((s) => {
          scripts.push({ url: new URL(res.url()).pathname, bytes: s.responseBodySize })
        }),
    )
  })
  await page.goto(url, { waitUntil: 'networkidle' })
  await Promise.all(pending)
  const onLoad = [...scripts]
  print('on load', onLoad)

  if (flag === '--click' && selector) {
    scripts.length = 0
    pending.length = 0
    await page.locator(selector).first().click()
    await page.waitForLoadState('networkidle')
    await new Promise((r) => setTimeout(r, 500))
    await Promise.all(pending)
    print(`after clicking ${selector}`, scripts)
  }
  await browser.close()
}

function print(title: string, scripts: Script[]) {
  const total = scripts.reduce((sum, s) => sum + s.bytes, 0)
  console.log(`\n${title}: ${scripts.length} scripts, ${(total / 1024).toFixed(1)} KiB transferred`)
  for (const s of [...scripts].sort((a, b) => b.bytes - a.bytes)) {
    console.log(`  ${(s.bytes / 1024).toFixed(1).padStart(7)} KiB  ${s.url}`)
  }
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})
