// @ts-check
/**
 * Content-Security-Policy for every kind of response. Plain JavaScript (with types checked)
 * because Next loads the cache handler that uses it with a bare `import()` at run time.
 *
 * The public site allows no inline script but those Next itself writes into the page:
 * a static page carries the SHA-256 of each of them (computed when the page is rendered
 * and cached, see `lib/cache/pageCacheHandler.mjs`), a page rendered per request (draft
 * mode) carries a nonce (see `proxy.ts`). Styles may be inline: the page inlines its CSS
 * and React writes `style` attributes.
 */
import { createHash } from 'node:crypto'

import { publicUrlAtBuild } from '../env/publicUrlAtBuild.mjs'

/** @param {Record<string, string[]>} directives */
const serialise = (directives) =>
  Object.entries(directives)
    .map(([name, values]) => [name, ...values].join(' '))
    .join('; ')

const secureOrigin = () => (publicUrlAtBuild() ?? '').startsWith('https://')

/**
 * The public pages' policy. `dev` (draft mode under `npm run dev`) lets React's development
 * build evaluate code and Next's hot reload open its socket.
 * @param {{ scriptSources: string[], dev?: boolean }} options `'sha256-…'` hashes or a `'nonce-…'`
 * @returns {string}
 */
export function publicPolicy({ scriptSources, dev = false }) {
  return serialise({
    'default-src': ["'self'"],
    'script-src': ["'self'", ...scriptSources, ...(dev ? ["'unsafe-eval'"] : [])],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'"],
    'connect-src': ["'self'", ...(dev ? ['ws:', 'wss:'] : [])],
    'frame-src': ["'none'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    // The admin's live preview frames the site from the same origin; nobody else may.
    'frame-ancestors': ["'self'"],
    ...(secureOrigin() ? { 'upgrade-insecure-requests': [] } : {}),
  })
}

/**
 * The admin (Payload's React app writes inline scripts and styles of its own) and its
 * live preview, which frames the site.
 * @param {{ dev?: boolean }} [options]
 */
export function adminPolicy({ dev = false } = {}) {
  return serialise({
    'default-src': ["'self'"],
    'script-src': ["'self'", "'unsafe-inline'", ...(dev ? ["'unsafe-eval'"] : [])],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'", ...(dev ? ['ws:', 'wss:'] : [])],
    'frame-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'self'"],
  })
}

/** Responses that are not documents (JSON, XML, text, images, scripts): nothing may run. */
export const NON_DOCUMENT_POLICY = serialise({
  'default-src': ["'none'"],
  'frame-ancestors': ["'none'"],
})

/**
 * The script a Web Worker starts from. A dedicated worker served from a URL is governed by
 * the CSP of that script's own response, not by the page's: under NON_DOCUMENT_POLICY
 * (`default-src 'none'`) it starts but may load nothing. Turbopack starts every worker
 * (the drift calculator's) with a small bootstrap, `/_next/static/chunks/turbopack-worker-….js`,
 * that `importScripts()` the worker's chunks from this origin (it refuses any other), so
 * that script may load scripts from 'self' and nothing else. The page itself needs no
 * `worker-src`: the worker's URL is same-origin, allowed by its `script-src 'self'`.
 */
export const WORKER_POLICY = serialise({
  'default-src': ["'none'"],
  'script-src': ["'self'"],
  'frame-ancestors': ["'none'"],
})

/**
 * The inline scripts Next writes into a page, recognised by their exact shape: the React
 * Server Components payload (`self.__next_f.push([...JSON])`), its initialiser, and the
 * Turbopack chunk list (`…push({...JSON})`). Their arguments must parse as JSON, so they
 * carry data, never code. Any other inline script (one that slipped in through content,
 * say) is not recognised and so stays blocked.
 */
const FLIGHT_INIT = '(self.__next_f=self.__next_f||[]).push([0])'
const FLIGHT_PUSH = 'self.__next_f.push('
const TURBOPACK_PUSH = '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push('

/** @param {string} text @param {string} prefix @param {'array' | 'object'} shape */
function pushesJson(text, prefix, shape) {
  if (!text.startsWith(prefix)) return false
  const end = text.endsWith(');') ? -2 : text.endsWith(')') ? -1 : 0
  if (end === 0) return false
  const body = text.slice(prefix.length, end)
  try {
    const value = JSON.parse(body)
    return shape === 'array' ? Array.isArray(value) : value !== null && typeof value === 'object'
  } catch {
    return false
  }
}

/** @param {string} text */
export function isFrameworkScript(text) {
  return (
    text === FLIGHT_INIT ||
    pushesJson(text, FLIGHT_PUSH, 'array') ||
    pushesJson(text, TURBOPACK_PUSH, 'object')
  )
}

/**
 * The CSP hash sources of a page's inline scripts that Next wrote, plus the texts of any
 * inline script it did not recognise (left out, so the browser will refuse to run it).
 * @param {string} html
 * @returns {{ hashes: string[], unrecognised: string[] }}
 */
export function inlineScriptHashes(html) {
  /** @type {Set<string>} */
  const hashes = new Set()
  /** @type {string[]} */
  const unrecognised = []
  for (const match of html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/gi)) {
    const attributes = match[1] ?? ''
    const text = match[2] ?? ''
    if (/\ssrc\s*=/i.test(attributes) || text.length === 0) continue
    if (/\stype\s*=\s*"?application\/(ld\+)?json/i.test(attributes)) continue // data, never run
    if (!isFrameworkScript(text)) {
      unrecognised.push(text)
      continue
    }
    hashes.add(`'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`)
  }
  return { hashes: [...hashes], unrecognised }
}
