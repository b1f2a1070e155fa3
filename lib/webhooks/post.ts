import { lookup as dnsLookup, type LookupAddress } from 'node:dns'
import http from 'node:http'
import https from 'node:https'
import type { LookupFunction } from 'node:net'

import { isPrivateAddress, privateMessage, urlProblem } from './ssrf'

export type PostResult =
  | { ok: true; status: number }
  | { ok: false; status: number; error: string; retryAfterMs?: number; refused?: boolean }

const MAX_RETRY_AFTER_MS = 6 * 60 * 60 * 1000

/** `Retry-After` in seconds or as an HTTP date, in milliseconds from now (capped at six hours). */
export function retryAfterMs(value: string | string[] | undefined, now = Date.now()): number | undefined {
  const raw = Array.isArray(value) ? value[0] : value
  if (!raw) return undefined
  const seconds = Number(raw.trim())
  const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(raw) - now
  if (!Number.isFinite(ms) || ms < 0) return undefined
  return Math.min(ms, MAX_RETRY_AFTER_MS)
}

/**
 * Resolves as Node would, then refuses the connection if any address it got is private: the check happens
 * on the addresses the socket connects to, so a name that resolves differently later (DNS rebinding) gains nothing.
 */
const guardedLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (err, addresses: LookupAddress[]) => {
    if (err) return callback(err, '', 0)
    const bad = addresses.find((a) => isPrivateAddress(a.address))
    if (bad) {
      const refused = Object.assign(new Error(privateMessage(`${hostname} (${bad.address})`)), {
        code: 'EWEBHOOKPRIVATE',
      })
      return callback(refused, '', 0)
    }
    if (options.all) return callback(null, addresses)
    const [first] = addresses
    if (!first)
      return callback(Object.assign(new Error(`${hostname} has no address.`), { code: 'ENOTFOUND' }), '', 0)
    callback(null, first.address, first.family)
  })
}

/**
 * POSTs one body to a webhook endpoint: no redirects followed, the whole exchange aborted after `timeoutMs`,
 * the scheme and (unless `allowPrivate`) every address checked before connecting. Never throws.
 */
export function postWebhook(
  target: string,
  body: string,
  headers: Record<string, string>,
  { timeoutMs, allowPrivate }: { timeoutMs: number; allowPrivate: boolean },
): Promise<PostResult> {
  const problem = urlProblem(target, allowPrivate)
  if (problem) return Promise.resolve({ ok: false, status: 0, error: problem, refused: true })
  const url = new URL(target)
  const client = url.protocol === 'https:' ? https : http
  return new Promise((resolve) => {
    const req = client.request(
      url,
      {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'user-agent': 'Paiteq-Webhooks/1.0',
          'content-length': String(Buffer.byteLength(body)),
          ...headers,
        },
        signal: AbortSignal.timeout(timeoutMs),
        ...(allowPrivate ? {} : { lookup: guardedLookup }),
      },
      (res) => {
        const status = res.statusCode ?? 0
        // Read (and drop) at most 64 KB of the answer so the socket closes cleanly.
        let seen = 0
        res.on('data', (chunk: Buffer) => {
          seen += chunk.length
          if (seen > 65_536) res.destroy()
        })
        const done = () => {
          if (status >= 200 && status < 300) return resolve({ ok: true, status })
          resolve({
            ok: false,
            status,
            error: `The endpoint answered ${status}${status >= 300 && status < 400 ? ' (redirects are not followed)' : ''}.`,
            retryAfterMs: retryAfterMs(res.headers['retry-after']),
          })
        }
        res.on('end', done)
        res.on('close', done)
        res.on('error', done)
      },
    )
    req.on('error', (err: Error & { code?: string }) => {
      const timedOut = err.name === 'AbortError' || err.name === 'TimeoutError' || err.code === 'ABORT_ERR'
      resolve({
        ok: false,
        status: 0,
        error: timedOut ? `No answer within ${timeoutMs} ms.` : err.message,
        refused: err.code === 'EWEBHOOKPRIVATE',
      })
    })
    req.end(body)
  })
}
