import { randomUUID } from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { readBody } from '@/lib/http/readBody'

/**
 * A local stand-in for Resend's HTTP API (POST /emails), for tests and benchmarks: the
 * real `resend` SDK talks to it through RESEND_BASE_URL. Like Resend it dedupes on the
 * Idempotency-Key header. It can answer 200, 429 with retry-after, 500, or hang, and it
 * is steered and inspected over HTTP under /__fake (tests run in other processes). A hung
 * request records when its client closed the connection.
 */
export type FakeMode = { kind: 'ok' | '429' | '500' | 'hang'; retryAfter?: number; latencyMs?: number }

export type FakeEmail = {
  id: string
  idempotencyKey: string | null
  from: string
  to: string[]
  replyTo: string[] | string | null
  subject: string
  html: string
  text: string
  at: number
}

/** `closedAt`: when the client closed its connection before its answer (gave up on a hung request, or died). */
export type FakeAttempt = {
  idempotencyKey: string | null
  at: number
  answered: number | 'hang'
  closedAt?: number
}

export type FakeResend = { url: string; close: () => Promise<void> } & FakeResendClient

export async function startFakeResend(port = 0): Promise<FakeResend> {
  let mode: FakeMode = { kind: 'ok' }
  let emails: FakeEmail[] = []
  let attempts: FakeAttempt[] = []
  const byKey = new Map<string, FakeEmail>()
  const hanging = new Set<http.ServerResponse>()

  const send = (
    res: http.ServerResponse,
    status: number,
    body: object,
    headers: Record<string, string> = {},
  ) => {
    res.writeHead(status, { 'content-type': 'application/json', ...headers })
    res.end(JSON.stringify(body))
  }

  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://fake')
    const body = await readBody(req)
    if (url.pathname === '/__fake/mode' && req.method === 'POST') {
      mode = JSON.parse(body) as FakeMode
      if (mode.kind !== 'hang')
        for (const r of hanging) send(r, 500, { name: 'application_error', message: 'released' })
      hanging.clear()
      return send(res, 200, mode)
    }
    if (url.pathname === '/__fake/emails') return send(res, 200, { emails, attempts })
    if (url.pathname === '/__fake/reset' && req.method === 'POST') {
      emails = []
      attempts = []
      byKey.clear()
      mode = { kind: 'ok' }
      return send(res, 200, {})
    }
    if (url.pathname !== '/emails' || req.method !== 'POST')
      return send(res, 404, { name: 'not_found', message: 'Not found' })
    if (!/^Bearer re_\w+/.test(req.headers.authorization ?? ''))
      return send(res, 401, { name: 'missing_api_key', message: 'Missing API key', statusCode: 401 })

    const key = (req.headers['idempotency-key'] as string | undefined) ?? null
    const attempt: FakeAttempt = { idempotencyKey: key, at: Date.now(), answered: 'hang' }
    attempts.push(attempt)
    // A client that goes away before its answer (it gave up on a hung request, or its process died
    // mid-send) leaves the time it closed the connection.
    res.once('close', () => {
      if (!res.writableEnded) attempt.closedAt = Date.now()
    })
    if (mode.latencyMs) await new Promise((r) => setTimeout(r, mode.latencyMs))
    if (mode.kind === 'hang') {
      hanging.add(res)
      res.once('close', () => hanging.delete(res))
      return
    }
    if (mode.kind === '429') {
      attempt.answered = 429
      return send(
        res,
        429,
        { name: 'rate_limit_exceeded', message: 'Too many requests', statusCode: 429 },
        { 'retry-after': String(mode.retryAfter ?? 1) },
      )
    }
    if (mode.kind === '500') {
      attempt.answered = 500
      return send(res, 500, { name: 'internal_server_error', message: 'Provider is down', statusCode: 500 })
    }
    attempt.answered = 200
    if (key && byKey.has(key)) return send(res, 200, { id: byKey.get(key)!.id })
    const data = JSON.parse(body) as {
      from: string
      to: string | string[]
      reply_to?: string | string[]
      subject: string
      html: string
      text: string
    }
    const email: FakeEmail = {
      id: randomUUID(),
      idempotencyKey: key,
      from: data.from,
      to: Array.isArray(data.to) ? data.to : [data.to],
      replyTo: data.reply_to ?? null,
      subject: data.subject,
      html: data.html,
      text: data.text,
      at: Date.now(),
    }
    if (key) byKey.set(key, email)
    emails.push(email)
    return send(res, 200, { id: email.id })
  })
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  const { port: bound } = server.address() as AddressInfo
  const url = `http://127.0.0.1:${bound}`
  return {
    url,
    ...fakeResendAt(url),
    close: () =>
      new Promise((resolve) => {
        for (const r of hanging) r.destroy()
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

export type FakeResendClient = ReturnType<typeof fakeResendAt>

/** The test side of a fake at `base`: steer it, clear it, read what it was asked. */
export function fakeResendAt(base: string) {
  const client = {
    async setMode(mode: FakeMode) {
      await fetch(`${base}/__fake/mode`, { method: 'POST', body: JSON.stringify(mode) })
    },
    async reset() {
      await fetch(`${base}/__fake/reset`, { method: 'POST' })
    },
    async read(): Promise<{ emails: FakeEmail[]; attempts: FakeAttempt[] }> {
      return (await fetch(`${base}/__fake/emails`)).json() as Promise<{
        emails: FakeEmail[]
        attempts: FakeAttempt[]
      }>
    },
    async forLead(reference: string) {
      const { emails, attempts } = await client.read()
      return {
        emails: emails.filter((e) => e.idempotencyKey?.startsWith(`${reference}/`)),
        attempts: attempts.filter((a) => a.idempotencyKey?.startsWith(`${reference}/`)),
      }
    },
  }
  return client
}

/** Provider calls per idempotency key: a key asked for twice is an email sent twice. */
export function callsPerKey(attempts: FakeAttempt[]): Map<string, number> {
  const calls = new Map<string, number>()
  for (const { idempotencyKey } of attempts)
    calls.set(idempotencyKey ?? '(none)', (calls.get(idempotencyKey ?? '(none)') ?? 0) + 1)
  return calls
}

/** The fake that the global setup started (RESEND_BASE_URL). */
export const fakeResend = {
  base: () => {
    const url = process.env.RESEND_BASE_URL
    if (!url) throw new Error('RESEND_BASE_URL is not set: the global setup starts the fake Resend.')
    return url
  },
  setMode: (mode: FakeMode) => fakeResendAt(fakeResend.base()).setMode(mode),
  read: () => fakeResendAt(fakeResend.base()).read(),
  forLead: (reference: string) => fakeResendAt(fakeResend.base()).forLead(reference),
}
