import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import desktopConfig from 'lighthouse/core/config/desktop-config.js'

import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '@/tests/support/browser'

export type LighthouseFigures = {
  performance: number
  accessibility: number
  bestPractices: number
  seo: number
  lcpMs: number
  tbtMs: number
  /** Lighthouse's measure of this machine's speed at the time (its CPU throttling assumes ~1500-2000). */
  benchmarkIndex: number
  totalBytes: number
  scriptBytes: number
}

type ResourceItem = { resourceType: string; transferSize: number }

/** One Lighthouse 12 run (mobile is Lighthouse's default emulation and throttling). */
export async function runLighthouse(
  url: string,
  formFactor: 'mobile' | 'desktop',
): Promise<LighthouseFigures> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    // Lighthouse wants the new headless mode.
    chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS.filter((f) => f !== '--headless')],
  })
  try {
    const result = await lighthouse(
      url,
      { port: chrome.port, logLevel: 'error', output: 'json' },
      formFactor === 'desktop' ? desktopConfig : undefined,
    )
    if (!result) throw new Error('Lighthouse returned nothing')
    const { lhr } = result
    const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100)
    const items =
      (lhr.audits['resource-summary']?.details as { items?: ResourceItem[] } | undefined)?.items ?? []
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      lcpMs: lhr.audits['largest-contentful-paint']?.numericValue ?? Number.NaN,
      tbtMs: lhr.audits['total-blocking-time']?.numericValue ?? Number.NaN,
      benchmarkIndex: lhr.environment.benchmarkIndex,
      totalBytes: lhr.audits['total-byte-weight']?.numericValue ?? Number.NaN,
      scriptBytes: items.find((i) => i.resourceType === 'script')?.transferSize ?? 0,
    }
  } finally {
    await chrome.kill()
  }
}
