import { randomUUID } from 'node:crypto'
import { lookup } from 'node:dns/promises'
import { hostname } from 'node:os'

import type { Payload } from 'payload'
import { Webhook } from 'standardwebhooks'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import { isSlackUrl, requestBody, type LeadEventBody } from '@/lib/webhooks/message'
import { postWebhook } from '@/lib/webhooks/post'
import { isPrivateAddress } from '@/lib/webhooks/ssrf'
import type { Webhook as WebhookDoc } from '@/payload-types'

import { authHeaders, rest, signedInCaller, type Caller } from './support/apiPaths'
import { eventually } from './support/html'
import { postLead, validLead } from './support/leads'
import { testPayload } from './support/payload'
import { makeLead } from './support/triageLeads'
import { webhookReceiver, type Received } from './support/webhookReceiver'

let payload: Payload
let receiver: Awaited<ReturnType<typeof webhookReceiver>>

const parsed = (r: Received) => JSON.parse(r.body) as LeadEventBody
const headersOf = (r: Received) => ({
  'webhook-id': String(r.headers['webhook-id']),
  'webhook-timestamp': String(r.headers['webhook-timestamp']),
  'webhook-signature': String(r.headers['webhook-signature']),
})

/** An endpoint on the local receiver, created as an admin would (the secret comes back in the answer). */
async function endpoint(events: WebhookDoc['events'], answers?: Parameters<typeof receiver.answer>[1]) {
  const path = `/hook-${randomUUID().slice(0, 8)}`
  if (answers) receiver.answer(path, answers)
  const doc = await payload.create({
    collection: 'webhooks',
    data: { name: `Test ${path}`, url: receiver.url(path), events, active: true },
  })
  return { doc, path, secret: doc.secret! }
}

/** A new enquiry through the app's real endpoint; its reference. */
async function enquire(): Promise<string> {
  const res = await postLead(await validLead())
  expect(res.status).toBe(201)
  return String(res.json.reference)
}

const forReference = (path: string, reference: string) =>
  receiver.on(path).filter((r) => parsed(r).data?.reference === reference)

async function deliveries(webhook: number) {
  const { docs } = await payload.find({
    collection: 'webhook-deliveries',
    where: { webhook: { equals: webhook } },
    sort: 'id',
    depth: 0,
  })
  return docs
}

describe('lead webhooks', () => {
  beforeAll(async () => {
    payload = await testPayload()
    receiver = await webhookReceiver()
  })
  afterEach(async () => {
    await payload.delete({ collection: 'webhooks', where: { id: { exists: true } } })
  })
  afterAll(async () => {
    await payload.delete({ collection: 'webhook-deliveries', where: { id: { exists: true } } })
    await receiver.close()
  })

  it('delivers lead.created for a new enquiry, signed so that the standardwebhooks package verifies it', async () => {
    const { doc, path, secret } = await endpoint(['lead.created'])
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{32}$/)
    expect(Buffer.from(secret.slice(6), 'base64')).toHaveLength(24)

    const reference = await enquire()
    await eventually(async () => forReference(path, reference).length === 1, 20_000)
    const [request] = forReference(path, reference)
    const verified = new Webhook(secret).verify(request!.body, headersOf(request!)) as LeadEventBody
    expect(verified.type).toBe('lead.created')
    expect(request!.headers['webhook-id']).toMatch(/^msg_/)
    expect(request!.headers['content-type']).toBe('application/json')
    // Someone else's secret does not verify it.
    expect(() =>
      new Webhook(`whsec_${Buffer.alloc(24, 7).toString('base64')}`).verify(
        request!.body,
        headersOf(request!),
      ),
    ).toThrow()

    const { data } = verified
    const lead = (
      await payload.find({ collection: 'leads', where: { reference: { equals: reference } }, depth: 1 })
    ).docs[0]!
    expect(data).toMatchObject({
      id: lead.id,
      reference,
      status: 'new',
      outcome: 'platform',
      source: 'newsletter',
    })
    expect(data.areas).toEqual((lead.areas ?? []).map((a) => (typeof a === 'object' ? a.title : '')))
    expect(data.areas.length).toBeGreaterThan(0)
    expect(data.adminUrl).toMatch(new RegExp(`/admin/collections/leads/${lead.id}$`))
    expect(JSON.stringify(data)).not.toContain(lead.email)

    await eventually(async () => (await deliveries(doc.id)).length === 1, 5_000)
    expect((await deliveries(doc.id))[0]).toMatchObject({
      ok: true,
      status: 200,
      attempt: 1,
      event: 'lead.created',
    })
  })

  it('delivers lead.status_changed when sales move a lead, and nothing to endpoints not subscribed', async () => {
    const created = await endpoint(['lead.created'])
    const changed = await endpoint(['lead.status_changed'])
    const lead = await makeLead(payload)
    await payload.update({ collection: 'leads', id: lead.id, data: { status: 'contacted' } })
    await eventually(async () => receiver.on(changed.path).length === 1, 20_000)
    const body = new Webhook(changed.secret).verify(
      receiver.on(changed.path)[0]!.body,
      headersOf(receiver.on(changed.path)[0]!),
    ) as LeadEventBody
    expect(body.type).toBe('lead.status_changed')
    expect(body.data).toMatchObject({ reference: lead.reference, previousStatus: 'new', status: 'contacted' })
    // The lead.created endpoint heard of the lead's arrival (makeLead), never of its status change.
    await new Promise((r) => setTimeout(r, 1_000))
    expect(forReference(created.path, lead.reference).map((r) => parsed(r).type)).toEqual(['lead.created'])
  })

  it('retries a 500 with the same webhook-id, each attempt signed afresh, and logs both attempts', async () => {
    const { doc, path, secret } = await endpoint(['lead.created'], [{ status: 500 }, { status: 200 }])
    const reference = await enquire()
    await eventually(async () => forReference(path, reference).length === 2, 20_000)
    const [first, second] = forReference(path, reference)
    expect(second!.headers['webhook-id']).toBe(first!.headers['webhook-id'])
    expect(second!.body).toBe(first!.body)
    for (const r of [first!, second!])
      expect(() => new Webhook(secret).verify(r.body, headersOf(r))).not.toThrow()
    await eventually(async () => (await deliveries(doc.id)).length === 2, 5_000)
    const log = await deliveries(doc.id)
    expect(log.map((d) => [d.attempt, d.status, d.ok])).toEqual([
      [1, 500, false],
      [2, 200, true],
    ])
    expect(log[0]!.error).toContain('500')
    const after = await payload.findByID({ collection: 'webhooks', id: doc.id })
    expect(after.failingSince ?? null).toBeNull()
  })

  it('waits as long as Retry-After asks before trying again', async () => {
    const { path } = await endpoint(
      ['lead.created'],
      [{ status: 503, headers: { 'retry-after': '4' } }, { status: 200 }],
    )
    const reference = await enquire()
    await eventually(async () => forReference(path, reference).length === 2, 25_000)
    const [first, second] = forReference(path, reference)
    // The backoff alone would retry after 1-2 s (WEBHOOKS_RETRY_DELAY_MS=1000 in tests).
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(3_900)
    expect(second!.headers['webhook-id']).toBe(first!.headers['webhook-id'])
  })

  it('turns off an endpoint still failing a day after its streak began, and tells admins on the dashboard', async () => {
    const { doc, path } = await endpoint(['lead.created'], [{ status: 500 }])
    // The streak began 25 hours ago (the server owns this field: no API call can set it).
    await payload.update({
      collection: 'webhooks',
      id: doc.id,
      data: { failingSince: new Date(Date.now() - 25 * 3600_000).toISOString() },
      overrideAccess: true,
    })
    const reference = await enquire()
    await eventually(async () => {
      const hook = await payload.findByID({ collection: 'webhooks', id: doc.id })
      return hook.active === false && Boolean(hook.disabledAt)
    }, 20_000)
    expect(forReference(path, reference)).toHaveLength(1)
    const hook = await payload.findByID({ collection: 'webhooks', id: doc.id })
    expect(hook.disabledReason).toContain('500')

    const admin = await signedInCaller(payload, 'admin')
    const sales = await signedInCaller(payload, 'sales')
    const page = async (caller: Caller) => {
      const res = await fetch(new URL('/admin', process.env.NEXT_PUBLIC_SERVER_URL), {
        headers: authHeaders(caller),
      })
      return res.text()
    }
    const adminHome = await page(admin)
    expect(adminHome).toContain('webhooks-notice')
    expect(adminHome).toContain(hook.name)
    const salesHome = await page(sales)
    expect(salesHome).toContain('leads-panel') // signed in and on the dashboard…
    expect(salesHome).not.toContain('webhooks-notice') // …but not an admin

    // Ticking Active again starts afresh.
    await payload.update({ collection: 'webhooks', id: doc.id, data: { active: true } })
    const again = await payload.findByID({ collection: 'webhooks', id: doc.id })
    expect([again.active, again.disabledAt ?? null, again.failingSince ?? null]).toEqual([true, null, null])
  })

  it('keeps the secret the server generated, whatever an update sends, and shows it to admins only', async () => {
    const admin = await signedInCaller(payload, 'admin')
    const created = await rest(admin, 'POST', '/webhooks', {
      name: 'REST hook',
      url: receiver.url('/rest'),
      events: ['lead.created'],
      secret: 'whsec_chosen-by-the-caller',
    })
    expect(created.status).toBe(201)
    const doc = (created.data as { doc: WebhookDoc }).doc
    expect(doc.secret).toMatch(/^whsec_/)
    expect(doc.secret).not.toBe('whsec_chosen-by-the-caller')
    await rest(admin, 'PATCH', `/webhooks/${doc.id}`, { secret: 'whsec_replaced' })
    const read = await rest(admin, 'GET', `/webhooks/${doc.id}`)
    expect((read.data as WebhookDoc).secret).toBe(doc.secret)
  })

  it('lets only admins read, create, change or delete webhooks and read the delivery log (REST)', async () => {
    const { doc } = await endpoint(['lead.created'])
    const callers: Caller[] = [
      await signedInCaller(payload, 'sales'),
      await signedInCaller(payload, 'marketing'),
      { role: 'anonymous', user: null, token: null },
    ]
    for (const caller of callers) {
      const list = await rest(caller, 'GET', '/webhooks')
      expect(list.status, caller.role).toBe(403)
      expect((await rest(caller, 'GET', `/webhooks/${doc.id}`)).status, caller.role).toBe(403)
      expect((await rest(caller, 'GET', '/webhook-deliveries')).status, caller.role).toBe(403)
      const create = await rest(caller, 'POST', '/webhooks', {
        name: 'Intruder',
        url: 'https://intruder.example/hook',
        events: ['lead.created'],
      })
      expect(create.status, caller.role).toBe(403)
      expect(
        (await rest(caller, 'PATCH', `/webhooks/${doc.id}`, { url: 'https://intruder.example/' })).status,
      ).toBe(403)
      expect((await rest(caller, 'DELETE', `/webhooks/${doc.id}`)).status, caller.role).toBe(403)
    }
    const { docs } = await payload.find({ collection: 'webhooks', depth: 0 })
    expect(docs.map((d) => [d.id, d.url])).toEqual([[doc.id, doc.url]])
  })

  describe('without WEBHOOKS_ALLOW_PRIVATE', () => {
    const saved = process.env.WEBHOOKS_ALLOW_PRIVATE
    beforeAll(() => {
      delete process.env.WEBHOOKS_ALLOW_PRIVATE
    })
    afterAll(() => {
      process.env.WEBHOOKS_ALLOW_PRIVATE = saved
    })

    it.each([
      'http://127.0.0.1/hook',
      'http://10.1.2.3/hook',
      'http://169.254.169.254/latest/meta-data',
      'http://[::1]:8080/hook',
      'http://[fc00::1]/hook',
      'http://[::ffff:127.0.0.1]/hook',
      'http://100.64.0.1/hook',
      'http://0.0.0.0/hook',
      'http://localhost:3000/hook',
      'ftp://files.example/hook',
      'file:///etc/passwd',
    ])('refuses %s when it is saved, with a sentence on the url field', async (url) => {
      const attempt = payload.create({
        collection: 'webhooks',
        data: { name: 'SSRF', url, events: ['lead.created'] },
      })
      await expect(attempt).rejects.toMatchObject({
        data: {
          errors: [expect.objectContaining({ path: 'url', message: expect.stringMatching(/private|http/) })],
        },
      })
      expect(
        (await payload.find({ collection: 'webhooks', where: { name: { equals: 'SSRF' } } })).totalDocs,
      ).toBe(0)
    })

    it('refuses a host name that resolves to a private address, at save and again at delivery after DNS', async () => {
      const name = hostname()
      const resolved = await lookup(name, { all: true })
      expect(resolved.some((a) => isPrivateAddress(a.address))).toBe(true)
      const url = `${receiver.url('/by-name')}`.replace('127.0.0.1', name)
      await expect(
        payload.create({ collection: 'webhooks', data: { name: 'SSRF', url, events: ['lead.created'] } }),
      ).rejects.toMatchObject({ data: { errors: [expect.objectContaining({ path: 'url' })] } })
      // Delivery checks the addresses the socket would connect to: nothing reaches the receiver.
      const result = await postWebhook(url, '{}', {}, { timeoutMs: 2_000, allowPrivate: false })
      expect(result).toMatchObject({ ok: false, refused: true })
      expect(result.ok ? '' : result.error).toContain('private')
      expect(receiver.on('/by-name')).toHaveLength(0)
      // With the flag the same call goes through: the refusal above was the guard, not the network.
      expect(await postWebhook(url, '{}', {}, { timeoutMs: 2_000, allowPrivate: true })).toMatchObject({
        ok: true,
      })
    })

    it('tells public addresses from private ones, IPv4 and IPv6', () => {
      for (const address of ['8.8.8.8', '93.184.215.14', '172.32.0.1', '100.128.0.1', '2606:4700::1111'])
        expect(isPrivateAddress(address), address).toBe(false)
      for (const address of [
        '127.0.0.1',
        '10.0.0.1',
        '172.16.0.1',
        '192.168.1.1',
        '169.254.169.254',
        '100.64.0.1',
        '0.0.0.0',
        '::',
        '::1',
        'fc00::1',
        'fd12:3456::1',
        'fe80::1',
        '::ffff:7f00:1',
        '::ffff:808:808',
      ])
        expect(isPrivateAddress(address), address).toBe(true)
    })

    it('accepts a public https URL', async () => {
      const doc = await payload.create({
        collection: 'webhooks',
        data: { name: 'Public', url: 'https://93.184.215.14/hook', events: ['lead.created'], active: false },
      })
      expect(doc.url).toBe('https://93.184.215.14/hook')
    })
  })

  it('aborts a delivery that takes longer than its timeout', async () => {
    const { createServer } = await import('node:http')
    const silent = createServer(() => {})
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve))
    const { port } = silent.address() as { port: number }
    const result = await postWebhook(
      `http://127.0.0.1:${port}/`,
      '{}',
      {},
      { timeoutMs: 300, allowPrivate: true },
    )
    // Given up by its own timeout (not the default 10 s, nor the test's): the answer says which.
    expect(result).toMatchObject({ ok: false, status: 0, error: 'No answer within 300 ms.' })
    silent.closeAllConnections()
    silent.close()
  })

  it('sends a Slack incoming webhook a Slack message instead of the JSON body', () => {
    const body: LeadEventBody = {
      type: 'lead.created',
      timestamp: new Date().toISOString(),
      data: {
        id: 1,
        reference: 'PQ-1',
        status: 'new',
        areas: ['Drift <monitoring>'],
        outcome: 'platform',
        source: 'newsletter',
        adminUrl: 'https://paiteq.example/admin/collections/leads/1',
      },
    }
    const url = 'https://hooks.slack.com/services/T000/B000/XXXX'
    expect(isSlackUrl(url)).toBe(true)
    const slack = JSON.parse(requestBody(url, body)) as { text: string; blocks: unknown[]; type?: string }
    expect(slack.text).toContain('PQ-1')
    expect(slack.text).toContain('<https://paiteq.example/admin/collections/leads/1|')
    expect(JSON.stringify(slack.blocks)).toContain('Drift &lt;monitoring&gt;')
    expect(slack.type).toBeUndefined()
    expect(JSON.parse(requestBody('https://crm.example/hook', body))).toEqual(body)
  })
})
