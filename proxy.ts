import { NextResponse, type NextRequest } from 'next/server'

import { publicPolicy } from './lib/security/csp.mjs'

/**
 * Runs only for an editor in draft mode (Next's `__prerender_bypass` cookie), whose pages are
 * rendered per request: they get a fresh nonce, which Next puts on its own scripts when it
 * finds it in the request's CSP header. Visitors never pass through here, so their static
 * pages stay static (their CSP carries script hashes, see `lib/cache/cspCacheHandler.mjs`).
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
  ],
}
