/**
 * Timing pages of the app one request at a time, as a signed-in user: shared by bench:leads:list and
 * bench:leads:insights.
 */
import { fmt, percentile } from '../lib/stats'

/** A page to time, and what its answer must hold (null: fine, else what is wrong). */
export type Page = { label: string; path: string; check: (status: number, body: string) => string | null }

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null

/** An HTML page answering 200 with `marker` in it. */
export const html = (marker: string) => (status: number, body: string) =>
  status !== 200 ? `status ${status}` : body.includes(marker) ? null : `no "${marker}" in the page`

/** Signs in through the REST API and returns the session's JWT. */
export async function signIn(
  base: string,
  credentials: { email: string; password: string },
): Promise<string> {
  const res = await fetch(`${base}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(credentials),
    signal: AbortSignal.timeout(30_000),
  })
  const body: unknown = await res.json()
  if (!res.ok || !isRecord(body) || typeof body.token !== 'string')
    throw new Error(`Sign-in failed: ${res.status}`)
  return body.token
}

/** `warmup` requests not counted, then `requests` timed, one at a time; every answer is checked. */
export async function timePage(
  base: string,
  page: Page,
  headers: Record<string, string>,
  { warmup, requests }: { warmup: number; requests: number },
): Promise<{ p50: number; p95: number; bytes: number }> {
  const latencies: number[] = []
  let bytes = 0
  for (let i = 0; i < warmup + requests; i++) {
    const t0 = performance.now()
    const res = await fetch(`${base}${page.path}`, { headers, signal: AbortSignal.timeout(30_000) })
    const body = await res.text()
    const ms = performance.now() - t0
    const problem = page.check(res.status, body)
    if (problem) throw new Error(`${page.label} (${page.path}): ${problem}`)
    if (i >= warmup) latencies.push(ms)
    bytes = body.length
  }
  latencies.sort((a, b) => a - b)
  return { p50: percentile(latencies, 50), p95: percentile(latencies, 95), bytes }
}

/**
 * Times each of `pages` (`timePage`) and prints a table: label (`labelWidth` wide), p50 and p95 in ms, the
 * answer's size, and whether p95 met `targetP95Ms`. True when every page met it.
 */
export async function timePages(
  base: string,
  pages: Page[],
  headers: Record<string, string>,
  {
    warmup,
    requests,
    targetP95Ms,
    labelWidth,
  }: { warmup: number; requests: number; targetP95Ms: number; labelWidth: number },
): Promise<boolean> {
  console.log(
    `${'page'.padEnd(labelWidth)}${'p50 ms'.padStart(9)}${'p95 ms'.padStart(9)}${'bytes'.padStart(10)}  target p95 < ${targetP95Ms} ms`,
  )
  let ok = true
  for (const page of pages) {
    const t = await timePage(base, page, headers, { warmup, requests })
    const met = t.p95 < targetP95Ms
    ok &&= met
    console.log(
      `${page.label.padEnd(labelWidth)}${fmt(t.p50, 0).padStart(9)}${fmt(t.p95, 0).padStart(9)}${String(t.bytes).padStart(10)}  ${met ? 'met' : 'MISS'}`,
    )
  }
  return ok
}
