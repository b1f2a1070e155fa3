import { adminPolicy, NON_DOCUMENT_POLICY, WORKER_POLICY } from './csp.mjs'

type Header = { key: string; value: string }
type HeaderRule = { source: string; headers: Header[] }

const csp = (value: string): Header[] => [{ key: 'Content-Security-Policy', value }]

/** Sent with every response, whatever serves it. */
const EVERYWHERE: Header[] = [
  { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  // For browsers that predate CSP's frame-ancestors: only our own admin may frame a page.
  { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
]

/** Routes that never answer with a page of the public site: nothing in them may run. */
const NON_DOCUMENTS = [
  '/api/:path*',
  '/next/:path*',
  '/_next/:path*',
  '/sitemap.xml',
  '/robots.txt',
  '/opengraph-image',
  '/opengraph-image:rest(.+)',
  '/favicon.ico',
  // The enhanced form's JSON endpoint answers data, never a page.
  '/start-a-project/submit',
]

/**
 * The headers of a response that is never a page (the intake's JSON answer, which the production server sends
 * without Next: lib/leads/intakeServer.ts). The same rules as `securityHeaders` gives such routes.
 */
export const NON_DOCUMENT_HEADERS: Header[] = [...EVERYWHERE, ...csp(NON_DOCUMENT_POLICY)]

/**
 * The `headers()` of next.config.ts. The public pages' CSP is not here: a static page gets
 * the hashes of its own inline scripts from the cache handler (`lib/cache/pageCacheHandler.mjs`),
 * a page rendered in draft mode gets a nonce from `proxy.ts`. A second policy here would be
 * enforced as well and block those scripts.
 */
export function securityHeaders({ dev }: { dev: boolean }): HeaderRule[] {
  return [
    { source: '/:path*', headers: EVERYWHERE },
    { source: '/admin', headers: csp(adminPolicy({ dev })) },
    { source: '/admin/:path*', headers: csp(adminPolicy({ dev })) },
    ...NON_DOCUMENTS.map((source) => ({ source, headers: csp(NON_DOCUMENT_POLICY) })),
    // Turbopack's worker bootstrap loads the worker's chunks (see WORKER_POLICY); listed
    // after the `/_next/:path*` rule, whose policy it replaces (the last match wins).
    { source: '/_next/static/chunks/turbopack-worker-:file', headers: csp(WORKER_POLICY) },
  ]
}
