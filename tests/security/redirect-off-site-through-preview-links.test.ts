import { describe, expect, it } from 'vitest'

import { sessionCookie } from '../support/apiPaths'
import { appUrl, testContext } from '../support/context'

/** Paths an attacker puts in a preview link to send an editor to another site (or break the route). */
const HOSTILE = [
  '//evil.test',
  '/\t/evil.test',
  '/\n/evil.test',
  '/\\evil.test',
  '/.//evil.test',
  '\n',
  'https://evil.test',
  'javascript:alert(1)',
]

/** Where a browser goes from this answer: its Location resolved against the page it asked for. */
function destination(res: Response, asked: string): URL {
  const location = res.headers.get('location')
  if (!location) throw new Error(`No Location on a ${res.status}`)
  return new URL(location, asked)
}

describe.each([
  { route: '/next/exit-preview', query: '' },
  { route: '/next/preview', query: 'secret=SECRET&' },
])('$route?path=…', ({ route, query }) => {
  const ask = async (path: string) => {
    const secret = encodeURIComponent(testContext().env.PREVIEW_SECRET)
    const url = appUrl(`${route}?${query.replace('SECRET', secret)}path=${encodeURIComponent(path)}`)
    const res = await fetch(url, {
      redirect: 'manual',
      headers: { cookie: await sessionCookie('marketing'), 'sec-fetch-site': 'same-origin' },
    })
    return { res, url }
  }

  it.each(HOSTILE)('sends %j to our home page, never off the site', async (path) => {
    const { res, url } = await ask(path)
    expect(res.status).toBeGreaterThanOrEqual(300)
    expect(res.status).toBeLessThan(400)
    const to = destination(res, url)
    expect(to.origin).toBe(new URL(appUrl('/')).origin)
    expect(to.pathname).toBe('/')
  })

  it('answers a non-Latin-1 path with a redirect on our site, not a 500', async () => {
    const { res, url } = await ask('/ünïcødé')
    expect(res.status).toBeGreaterThanOrEqual(300)
    expect(res.status).toBeLessThan(400)
    const to = destination(res, url)
    expect(to.origin).toBe(new URL(appUrl('/')).origin)
    expect(decodeURIComponent(to.pathname)).toBe('/ünïcødé')
  })

  it('keeps a path on this site, with its query and fragment', async () => {
    const { res, url } = await ask('/start-a-project?x=1#y')
    const to = destination(res, url)
    expect(to.origin).toBe(new URL(appUrl('/')).origin)
    expect(`${to.pathname}${to.search}${to.hash}`).toBe('/start-a-project?x=1#y')
  })
})
