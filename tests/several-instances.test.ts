import { randomUUID } from 'node:crypto'
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { parseHTML } from 'linkedom'
import pg from 'pg'
import { createClient } from 'redis'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { dropDatabase, recreateDatabase } from '@/lib/db/admin'

import { migrateAndSeed, siblingDatabaseUrl } from './setup/database'
import { signIn } from './support/api'
import { copyOfTestBuild, startAppInstance, type AppInstance } from './support/appInstance'
import { redisUrl, testContext } from './support/context'
import { postEnquiryFormAcross } from './support/enquiryForm'
import { callsPerKey, startFakeResend, type FakeResend } from './support/fakeResend'
import { postFrom, uniqueLoopback } from './support/fromAddress'
import { eventually, textOf } from './support/html'
import { startS3Bucket } from './support/s3Bucket'
import { first } from './support/first'

const REDIS_DB = 9
const LEASE_SECONDS = 3

/**
 * A load balancer in front of the instances, as small as one can be: each request goes to the
 * next instance in turn, with the address it connected from appended to X-Forwarded-For (the
 * instances trust one proxy hop). The response says which instance answered (`x-served-by`).
 */
async function startRoundRobin() {
  const backends: { name: string; url: string }[] = []
  let turn = 0
  const server = http.createServer((req, res) => {
    const backend = backends[turn++ % backends.length]!
    const forwardedFor = [req.headers['x-forwarded-for'], req.socket.remoteAddress].filter(Boolean).join(', ')
    const upstream = http.request(
      new URL(req.url ?? '/', backend.url),
      { method: req.method, headers: { ...req.headers, 'x-forwarded-for': forwardedFor }, timeout: 30_000 },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, { ...answer.headers, 'x-served-by': backend.name })
        answer.pipe(res)
      },
    )
    upstream.on('timeout', () => upstream.destroy(new Error('timeout')))
    upstream.on('error', () => {
      if (!res.headersSent) res.writeHead(502, { 'x-served-by': backend.name })
      res.end()
    })
    req.pipe(upstream)
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    add: (name: string, url: string) => backends.push({ name, url }),
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections()
        server.close(() => r())
      }),
  }
}

/** Files a folder holds (none when it was never created). */
const filesIn = (dir: string) => (existsSync(dir) ? readdirSync(dir, { recursive: true }) : [])

/**
 * The whole deployment README → Running several instances describes, on one machine: two
 * production instances, each from its own copy of one build with folders of its own and a job
 * runner inside, behind a round-robin load balancer, sharing a Postgres database, Redis, an
 * S3 bucket (s3rver) and the email provider (a fake Resend). What a visitor, an editor and sales
 * would notice if any piece were still local to one instance.
 */
describe('two instances behind a load balancer', () => {
  let dbUrl: string
  let db: pg.Client
  let resend: FakeResend
  let bucket: Awaited<ReturnType<typeof startS3Bucket>>
  let lb: Awaited<ReturnType<typeof startRoundRobin>>
  let a: AppInstance
  let b: AppInstance
  let marketing: Record<string, string>
  const folders: string[] = []
  const builds: ReturnType<typeof copyOfTestBuild>[] = []

  const folder = () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'instance-files-'))
    folders.push(dir)
    return dir
  }
  const keysOf = (refs: string[]) => refs.flatMap((r) => [`${r}/confirmation`, `${r}/sales`]).sort()

  /** Lead-email jobs not yet done, being run, or given up on. */
  async function leadJobs() {
    const { rows } = await db.query<{ waiting: number; processing: number; failed: number }>(
      `SELECT count(*) FILTER (WHERE completed_at IS NULL AND NOT has_error)::int AS waiting,
              count(*) FILTER (WHERE processing)::int AS processing,
              count(*) FILTER (WHERE has_error)::int AS failed
       FROM payload_jobs WHERE task_slug = 'sendLeadEmail'`,
    )
    return first(rows)
  }
  const queueDrained = async () => {
    const jobs = await leadJobs()
    return jobs.waiting === 0 && jobs.processing === 0
  }

  /** An enquiry with an email and company domain of its own (no duplicate link, no shared confirmation limit). */
  const enquiry = (tag: string) => ({
    name: `Visitor ${tag}`,
    email: `lead@${tag}.example`,
    company: `${tag} Ltd`,
    consent: true,
    submissionId: `whole-${tag}`,
    startedAt: Date.now() - 10_000,
  })
  const submitThroughLb = (from: string, tag: string) =>
    postFrom(from, `${lb.url}/start-a-project/submit`, enquiry(tag))

  /** `count` enquiries through the load balancer, each from a client address of its own, six at a time. */
  async function enquireThroughLb(count: number): Promise<string[]> {
    const batch = randomUUID().slice(0, 6)
    const refs: string[] = []
    let next = 0
    const client = async () => {
      while (next < count) {
        const res = await submitThroughLb(uniqueLoopback(), `v${batch}-${next++}`)
        expect(res.status, res.text).toBe(201)
        refs.push((JSON.parse(res.text) as { reference: string }).reference)
      }
    }
    await Promise.all(Array.from({ length: 6 }, client))
    return refs
  }

  beforeAll(async () => {
    dbUrl = siblingDatabaseUrl(testContext().databaseUrl, 'whole')
    await recreateDatabase(dbUrl)
    const redis = createClient({ url: redisUrl(REDIS_DB) })
    await redis.connect()
    await redis.flushDb()
    await redis.close()
    ;[resend, bucket, lb] = await Promise.all([startFakeResend(), startS3Bucket(), startRoundRobin()])
    const shared = {
      ...testContext().env,
      ...bucket.env,
      DATABASE_URL: dbUrl,
      REDIS_URL: redisUrl(REDIS_DB),
      RESEND_BASE_URL: resend.url,
      NEXT_PUBLIC_SERVER_URL: lb.url,
      TRUSTED_PROXY_HOPS: '1',
      LEAD_RATE_LIMIT: '5/600',
      JOBS_AUTORUN: '1',
      JOBS_LEASE_SECONDS: String(LEASE_SECONDS),
      LEAD_EMAIL_TIMEOUT_MS: '5000',
    }
    await migrateAndSeed(shared)
    db = new pg.Client({ connectionString: dbUrl })
    await db.connect()
    const instance = () => {
      const build = copyOfTestBuild()
      builds.push(build)
      return startAppInstance({
        ...shared,
        NEXT_DIST_DIR: build.distDir,
        MEDIA_DIR: folder(),
        EXPORTS_DIR: folder(),
      })
    }
    ;[a, b] = await Promise.all([instance(), instance()])
    lb.add('A', a.url)
    lb.add('B', b.url)
    marketing = await signIn('marketing', a.url)
  })
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()])
    await lb?.close()
    await db?.end()
    await resend?.close()
    await bucket?.close()
    for (const dir of folders) rmSync(dir, { recursive: true, force: true })
    for (const build of builds) build.remove()
    if (dbUrl) await dropDatabase(dbUrl)
  })

  it('a FAQ published through A is on B’s home page at its next request', async () => {
    const firstAnswer = async (instance: AppInstance) =>
      textOf(
        parseHTML(await (await fetch(`${instance.url}/`)).text()).document.querySelector('#faq .faq__answer'),
      )
    const found = await fetch(`${a.url}/api/faqs?sort=_order&limit=1&depth=0`, { headers: marketing })
    const faq = first(((await found.json()) as { docs: { id: number; answer: string }[] }).docs)
    expect(await firstAnswer(b)).toBe(faq.answer) // B has the page cached before the publish

    const answer = `${faq.answer} (published through A at ${Date.now()})`
    const published = await fetch(`${a.url}/api/faqs/${faq.id}`, {
      method: 'PATCH',
      headers: { ...marketing, 'content-type': 'application/json' },
      body: JSON.stringify({ answer, _status: 'published' }),
    })
    expect(published.status).toBe(200)
    const took = await eventually(async () => (await firstAnswer(b)) === answer, 3000, 50)
    console.log(`Publish through A visible on B after ${took} ms.`)
  })

  it('an image uploaded through A is served by B with the same bytes, from the bucket', async () => {
    const image = await sharp({
      create: { width: 800, height: 450, channels: 3, background: { r: 200, g: 60, b: 20 } },
    })
      .png()
      .toBuffer()
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(image)], { type: 'image/png' }), 'whole-picture.png')
    form.append('_payload', JSON.stringify({ alt: 'An orange card' }))
    const created = await fetch(`${a.url}/api/media`, { method: 'POST', headers: marketing, body: form })
    expect(created.status).toBe(201)
    const { doc } = (await created.json()) as { doc: { url: string; filename: string } }

    const file = new URL(doc.url, lb.url)
    const served = await fetch(`${b.url}${file.pathname}${file.search}`)
    expect(served.status).toBe(200)
    expect(Buffer.from(await served.arrayBuffer())).toEqual(image)
    expect(await bucket.keys()).toContain(`media/${doc.filename}`)
    for (const dir of folders) expect(filesIn(dir), dir).toEqual([])
  })

  it('an enquiry form rendered by A and posted to B is stored and thanked with its reference', async () => {
    const email = `across.${Date.now()}@langley.example`
    const res = await postEnquiryFormAcross(a.url, b.url, email)
    expect(res.status).toBe(200)
    const { rows } = await db.query<{ reference: string; name: string }>(
      'SELECT reference, name FROM leads WHERE email = $1',
      [email],
    )
    expect(rows).toHaveLength(1)
    expect(rows[0]!.name).toBe('Katherine Johnson')
    expect(await res.text()).toContain(rows[0]!.reference)
  })

  it('100 enquiries through the load balancer: each of their 200 emails is asked of the provider once', async () => {
    await eventually(queueDrained, 30_000, 250) // the form's emails are out of the way
    await resend.reset()
    const refs = await enquireThroughLb(100)
    await eventually(
      async () => (await queueDrained()) && (await resend.read()).emails.length >= 200,
      90_000,
      250,
    )
    // Every job is done, so no runner will send again; a second claim's late send would show within a moment.
    await new Promise((r) => setTimeout(r, 1000))
    const { emails, attempts } = await resend.read()
    console.log(`Two instances, 200 emails: ${attempts.length} provider calls.`)
    expect([...callsPerKey(attempts)].filter(([, calls]) => calls > 1)).toEqual([])
    expect(attempts.map((x) => x.idempotencyKey).sort()).toEqual(keysOf(refs))
    expect(emails).toHaveLength(200)
    expect(await leadJobs()).toEqual({ waiting: 0, processing: 0, failed: 0 })
  }, 120_000)

  it('one client’s enquiries count against one limit on both instances: the 6th is refused', async () => {
    const client = uniqueLoopback()
    const tag = `limit${randomUUID().slice(0, 6)}`
    const answers: { status: number; servedBy: string }[] = []
    for (let i = 0; i < 6; i++) {
      const res = await submitThroughLb(client, `${tag}-${i}`)
      answers.push({ status: res.status, servedBy: String(res.headers['x-served-by']) })
    }
    expect(answers.map((x) => x.status)).toEqual([201, 201, 201, 201, 201, 429])
    expect(new Set(answers.map((x) => x.servedBy))).toEqual(new Set(['A', 'B']))
    const { rows } = await db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM leads WHERE email LIKE $1',
      [`lead@${tag}-%`],
    )
    expect(rows[0]!.n).toBe(5)
  })

  it('an instance killed while sending loses no email: the other sends the rest once A’s lease runs out', async () => {
    await eventually(queueDrained, 30_000, 250)
    await resend.reset()
    await resend.setMode({ kind: 'ok', latencyMs: 2000 }) // a slow provider: A dies with sends in flight
    const refs = await enquireThroughLb(24)
    await eventually(
      async () => (await resend.read()).attempts.filter((x) => x.answered === 'hang').length >= 10,
      30_000,
      50,
    )
    await a.stop('SIGKILL')
    const killedAt = Date.now()
    const attemptedBefore = new Set((await resend.read()).attempts.map((x) => x.idempotencyKey ?? ''))

    const took = await eventually(
      async () => (await queueDrained()) && (await resend.read()).emails.length >= 48,
      90_000,
      250,
    )
    const { emails, attempts } = await resend.read()
    const cutOff = attempts.filter((x) => x.closedAt !== undefined)
    console.log(
      `Killed instance: ${cutOff.length} sends cut off; all 48 emails sent ${took} ms after the kill.`,
    )
    expect(emails.map((e) => e.idempotencyKey).sort()).toEqual(keysOf(refs))
    // A was killed mid-send: some requests lost their client before their answer.
    expect(cutOff.length).toBeGreaterThan(0)
    for (const x of cutOff) expect(x.closedAt!).toBeGreaterThanOrEqual(killedAt - 1000)
    // Asked again only if asked before the kill, and only once A's lease on it had run out (A renewed it
    // every third of the lease until it died).
    for (const [key, calls] of callsPerKey(attempts))
      expect(calls, key).toBeLessThanOrEqual(attemptedBefore.has(key) ? 2 : 1)
    for (const x of cutOff) {
      const again = attempts.filter((y) => y.idempotencyKey === x.idempotencyKey && y.at > x.at)
      expect(again, `${x.idempotencyKey} sent again`).toHaveLength(1)
      expect(again[0]!.at - killedAt).toBeGreaterThanOrEqual((LEASE_SECONDS * 2_000) / 3 - 250)
    }
    expect(await leadJobs()).toEqual({ waiting: 0, processing: 0, failed: 0 })
    await resend.setMode({ kind: 'ok' })
  }, 120_000)
})
