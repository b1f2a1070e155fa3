import { NextResponse, type NextRequest } from 'next/server'

import { isDevelopment } from './lib/env/mode'
import { publicPolicy } from './lib/security/csp.mjs'
import { previewModeId } from './lib/security/previewModeId'

/** Next's draft-mode cookie. */
const DRAFT_COOKIE = '__prerender_bypass'

/** Public pages rendered per request for everyone (they read their query): always a nonce. */
const PER_REQUEST_PAGES = ['/start-a-project']

/**
 * Runs for the public pages rendered per request: an editor's pages in draft mode (Next's
 * `__prerender_bypass` cookie) and `/start-a-project`, which reads its query. They get a
 * fresh nonce, which Next puts on its own scripts when it finds it in the request's CSP
 * header. Visitors of the home page never pass through here, so it stays static (its CSP
 * carries script hashes, see `lib/cache/pageCacheHandler.mjs`).
 *
 * A draft-mode cookie that is not this build's (set before a deploy, or made up) does not turn
 * on draft mode: Next serves the static page, which brings its own hash policy. A nonce policy
 * added here too would be a second CSP, enforced as well, blocking the page's scripts. So such
 * a cookie gets no policy from here (unless the page is rendered per request anyway), and is
 * cleared the way Next clears it when an editor leaves draft mode.
 */
export function proxy(request: NextRequest) {
  const draft = request.cookies.get(DRAFT_COOKIE)?.value
  const current = previewModeId()
  const stale = draft !== undefined && current !== undefined && draft !== current
  const perRequest = !stale || PER_REQUEST_PAGES.includes(request.nextUrl.pathname)
  const response = perRequest ? withNonce(request) : NextResponse.next()
  if (stale) {
    const dev = isDevelopment()
    response.cookies.set(DRAFT_COOKIE, '', {
      path: '/',
      expires: new Date(0),
      httpOnly: true,
      secure: !dev,
      sameSite: dev ? 'lax' : 'none',
    })
  }
  return response
}

/** Next with a fresh nonce policy, on the request (for Next's scripts) and the response. */
function withNonce(request: NextRequest): NextResponse {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(18))).toString('base64')
  const policy = publicPolicy({
    scriptSources: [`'nonce-${nonce}'`],
    dev: isDevelopment(),
  })
  const headers = new Headers(request.headers)
  headers.set('content-security-policy', policy)
  const response = NextResponse.next({ request: { headers } })
  response.headers.set('content-security-policy', policy)
  return response
}

export const config = {
  matcher: [
    {
      source: '/((?!admin|api|next/|_next/|sitemap\\.xml|robots\\.txt|opengraph-image|favicon\\.ico).*)',
      has: [{ type: 'cookie', key: '__prerender_bypass' }],
    },
    // Rendered per request for everyone (it reads its query): always a nonce. Literals only:
    // Next reads this config without running the module.
    '/start-a-project',
  ],
}
