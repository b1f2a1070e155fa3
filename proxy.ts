import { NextResponse, type NextRequest } from 'next/server'

import { publicPolicy } from './lib/security/csp.mjs'

/**
 * Runs for the public pages rendered per request: an editor's pages in draft mode (Next's
 * `__prerender_bypass` cookie) and `/start-a-project`, which reads its query. They get a
 * fresh nonce, which Next puts on its own scripts when it finds it in the request's CSP
 * header. Visitors of the home page never pass through here, so it stays static (its CSP
 * carries script hashes, see `lib/cache/cspCacheHandler.mjs`).
 */
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(18))).toString('base64')
  const policy = publicPolicy({
    scriptSources: [`'nonce-${nonce}'`],
    dev: process.env.NODE_ENV === 'development',
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
    // Rendered per request for everyone (it reads its query): always a nonce.
    '/start-a-project',
  ],
}
