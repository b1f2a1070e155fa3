/**
 * The client side of bench/leads: unique enquiries, each from an address of its own, sent by
 * `connections` clients one after another, every answer recorded with its submission id so the
 * integrity checks can be exact. Only HTTP: the bench must measure the intake path whatever it
 * is built from.
 */
import { randomUUID } from 'node:crypto'

import { percentile } from '../lib/stats'

export const SPAM_SHARE = 0.05

export type Sent = { submissionId: string; spam: boolean; status: number; ms: number; reference?: string }

let addresses = 0
/**
 * A client address never used before in this run (10.0.0.1, 10.0.0.2 …). The app runs with
 * TRUSTED_PROXY_HOPS=1 and the enquiry limit at its default, so each enquiry is the first
 * from its address: the limit is paid for, never hit.
 */
export function nextAddress(): string {
  addresses += 1
  return `10.${(addresses >> 16) & 255}.${(addresses >> 8) & 255}.${addresses & 255}`
}

export function enquiryBody(areaId: number, spam: boolean, submissionId = randomUUID()): string {
  const tag = randomUUID().slice(0, 12)
  return JSON.stringify({
    name: `Bench Prospect ${tag.slice(0, 4)}`,
    email: `bench.${tag}@example.com`,
    company: 'Load Test Ltd',
    role: 'CTO',
    areas: [String(areaId)],
    cloud: 'aws',
    timeline: 'now',
    message: 'We need a feature store and drift monitoring before Q3.',
    consent: true,
    submissionId,
    startedAt: Date.now() - 30_000,
    website: spam ? 'http://spam.example' : '',
  })
}

/** One enquiry; `status` -1 for a network error or a request over 30 s. */
export async function sendEnquiry(base: string, areaId: number, spam: boolean): Promise<Sent> {
  const submissionId = randomUUID()
  const t0 = performance.now()
  try {
    const res = await fetch(`${base}/start-a-project/submit`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': nextAddress() },
      body: enquiryBody(areaId, spam, submissionId),
      signal: AbortSignal.timeout(30_000),
    })
    const body: unknown = await res.json().catch(() => null)
    const reference =
      typeof body === 'object' && body !== null && 'reference' in body && typeof body.reference === 'string'
        ? body.reference
        : undefined
    return { submissionId, spam, status: res.status, ms: performance.now() - t0, reference }
  } catch {
    return { submissionId, spam, status: -1, ms: performance.now() - t0 }
  }
}

export type LoadFigures = {
  seconds: number
  sent: number
  accepted: number
  acceptedPerSecond: number
  other: number
  errors: number
  p50: number
  p95: number
  p99: number
}

export function figures(sent: Sent[], ms: number): LoadFigures {
  const accepted = sent.filter((s) => s.status === 201)
  const latencies = accepted.map((s) => s.ms).sort((a, b) => a - b)
  return {
    seconds: ms / 1000,
    sent: sent.length,
    accepted: accepted.length,
    acceptedPerSecond: (accepted.length / ms) * 1000,
    other: sent.filter((s) => s.status !== 201 && s.status !== -1).length,
    errors: sent.filter((s) => s.status === -1).length,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
  }
}

/**
 * `connections` clients each sending one enquiry after another for `seconds` (or until
 * `total` were sent). Each client finishes the request it started, so nothing is in flight
 * when this returns.
 */
export async function driveEnquiries(
  base: string,
  areaId: number,
  {
    connections,
    seconds = Infinity,
    total = Infinity,
    spamShare = SPAM_SHARE,
  }: {
    connections: number
    seconds?: number
    total?: number
    spamShare?: number
  },
): Promise<{ sent: Sent[]; figures: LoadFigures }> {
  const sent: Sent[] = []
  let started = 0
  const t0 = performance.now()
  const until = t0 + seconds * 1000
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < until && started < total) {
        started += 1
        sent.push(await sendEnquiry(base, areaId, Math.random() < spamShare))
      }
    }),
  )
  return { sent, figures: figures(sent, performance.now() - t0) }
}

/** A light reader of `path` (the home page) with `connections` clients, until `stop()`: its latencies. */
export function pageReader(url: string, connections: number): { stop: () => Promise<number[]> } {
  let running = true
  const latencies: number[] = []
  const clients = Array.from({ length: connections }, async () => {
    while (running) {
      const t0 = performance.now()
      try {
        const res = await fetch(url, {
          headers: { 'accept-encoding': 'gzip, deflate, br', accept: 'text/html' },
          signal: AbortSignal.timeout(30_000),
        })
        await res.arrayBuffer()
        if (res.ok) latencies.push(performance.now() - t0)
      } catch {
        // counted as missing: a page that did not come is no latency
      }
    }
  })
  return {
    stop: async () => {
      running = false
      await Promise.all(clients)
      return latencies.sort((a, b) => a - b)
    },
  }
}
