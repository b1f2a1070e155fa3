import { describe, expect, it } from 'vitest'

import { REFERENCE_PATTERN } from '@/lib/leads/reference'

import { fakeResend } from './support/fakeResend'
import {
  leadsByEmail,
  postLead,
  uniqueIp,
  validLead,
  waitForLeadEmailsSettled,
  waitForSent,
} from './support/leads'
import { testPayload } from './support/payload'
import { first } from './support/first'

const salesInboxes = ['sales@paiteq.example', 'ops@paiteq.example']

describe('POST /start-a-project/submit: a genuine enquiry', () => {
  it('is committed with status new and a reference, and yields one email to sales and one to the prospect', async () => {
    const body = await validLead()
    const res = await postLead(body, { ip: '203.0.113.7' })
    expect(res.status).toBe(201)
    const reference = res.json.reference as string
    expect(reference).toMatch(REFERENCE_PATTERN)

    // Committed before the answer: readable at once from another connection.
    const lead = first(await leadsByEmail(body.email as string))
    expect(lead.reference).toBe(reference)
    expect(lead.status).toBe('new')
    expect(lead.spam).toBe(false)
    expect(Date.now() - new Date(lead.receivedAt).getTime()).toBeLessThan(60_000)
    expect(lead.ipHash).toMatch(/^[0-9a-f]{32}$/)
    expect(JSON.stringify(lead)).not.toContain('203.0.113.7')
    expect(lead.userAgent).toBe('lead-tests/1.0')
    expect(lead.context).toMatchObject({
      utmSource: 'newsletter',
      utmCampaign: 'autumn',
      referrer: 'https://news.example/mlops',
      landingPath: '/start-a-project',
      decideOutcome: 'platform',
    })
    const payload = await testPayload()
    const closing = await payload.findGlobal({ slug: 'closing-cta' })
    expect(lead.consentText).toBe(closing.form.consent.text)
    expect(lead.areas).toHaveLength(2)

    const sent = await waitForSent(reference)
    expect(sent.salesNotification?.attempts).toBe(1)
    const { emails } = await fakeResend.forLead(reference)
    const sales = emails.filter((e) => e.idempotencyKey === `${reference}/sales`)
    const confirmation = emails.filter((e) => e.idempotencyKey === `${reference}/confirmation`)
    expect(sales).toHaveLength(1)
    expect(confirmation).toHaveLength(1)
    expect(sales[0]!.to).toEqual(salesInboxes)
    expect(sales[0]!.replyTo).toEqual(body.email)
    expect(sales[0]!.subject).toContain(reference)
    expect(sales[0]!.html).toContain(`/admin/collections/leads/${lead.id}`)
    expect(sales[0]!.from).toBe('Paiteq <hello@paiteq.example>')
    expect(confirmation[0]!.to).toEqual([body.email])
    expect(confirmation[0]!.subject).toBe(
      closing.form.confirmationEmail.subject.replace('{reference}', reference),
    )
    // The prospect gets our copy and the reference, never their own text back.
    expect(confirmation[0]!.text).toContain(reference)
    expect(confirmation[0]!.text).not.toContain('Our drift alerts fire too late.')
  })

  it('keeps HTML and script as text, and escapes it in both emails', async () => {
    const body = await validLead({
      name: '<script>alert(1)</script> Mallory',
      company: 'Evil "Corp" & <b>Sons</b>',
      role: '"><img src=x onerror=alert(2)>',
      message: '<img src=x onerror=alert(1)>\nsecond line',
    })
    const res = await postLead(body)
    expect(res.status).toBe(201)
    const lead = first(await leadsByEmail(body.email as string))
    expect(lead.name).toBe('<script>alert(1)</script> Mallory')
    expect(lead.message).toBe('<img src=x onerror=alert(1)>\nsecond line')

    await waitForSent(lead.reference)
    const { emails } = await fakeResend.forLead(lead.reference)
    expect(emails).toHaveLength(2)
    for (const email of emails) {
      expect(email.html).not.toMatch(/<script|<img|<b>/)
      expect(email.subject).not.toMatch(/[\r\n]/)
    }
    const sales = emails.find((e) => e.idempotencyKey?.endsWith('/sales'))!
    expect(sales.html).toContain('&lt;img src=x onerror=alert(1)&gt;<br/>second line')
    expect(sales.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(sales.html).toContain('Evil &quot;Corp&quot; &amp; &lt;b&gt;Sons&lt;/b&gt;')
    expect(sales.html).toContain('&quot;&gt;&lt;img src=x onerror=alert(2)&gt;')
    // The plain-text part: the answers as typed, one a line, and no markup of the template's.
    expect(sales.text).toContain('Name: <script>alert(1)</script> Mallory')
    expect(sales.text).toContain('Company: Evil "Corp" & <b>Sons</b>')
    expect(sales.text).toContain('Message: <img src=x onerror=alert(1)>\nsecond line')
    expect(sales.text).not.toMatch(/<\/?(html|body|table|tr|th|td|p|a|br)\b/)
    // The confirmation quotes none of it, escaped or not.
    const confirmation = emails.find((e) => e.idempotencyKey?.endsWith('/confirmation'))!
    expect(confirmation.html).not.toMatch(/onerror|alert|Mallory/)
  })
})

describe('bots', () => {
  it('a filled honeypot gets a normal success, is kept flagged as spam, and no email goes out', async () => {
    const body = await validLead({ website: 'https://spam.example' })
    const res = await postLead(body)
    expect(res.status).toBe(201)
    expect(res.json.reference).toMatch(REFERENCE_PATTERN)
    const lead = first(await leadsByEmail(body.email as string))
    expect(lead).toMatchObject({ spam: true, spamReason: 'honeypot', status: 'spam' })
    expect(lead.salesNotification?.state).toBe('skipped')
    await waitForLeadEmailsSettled(lead.reference) // no email job of the lead is left to run
    expect((await fakeResend.forLead(lead.reference)).attempts).toHaveLength(0)
  })

  it('a form sent faster than the minimum fill time is flagged too-fast', async () => {
    const body = await validLead({ startedAt: Date.now() - 200 })
    expect((await postLead(body)).status).toBe(201)
    const [lead] = await leadsByEmail(body.email as string)
    expect(lead).toMatchObject({ spam: true, spamReason: 'too-fast', status: 'spam' })
  })
})

describe('a second submit with the same submission id', () => {
  it('returns the first lead and sends nothing new, even when both arrive at once', async () => {
    const body = await validLead()
    const ip = uniqueIp()
    const [a, b] = await Promise.all([postLead(body, { ip }), postLead(body, { ip })])
    expect([a.status, b.status].sort()).toEqual([200, 201])
    expect(a.json.reference).toBe(b.json.reference)
    const later = await postLead(body, { ip })
    expect(later.status).toBe(200)
    expect(later.json).toMatchObject({ reference: a.json.reference, duplicate: true })
    expect(await leadsByEmail(body.email as string)).toHaveLength(1)

    await waitForSent(a.json.reference as string)
    await waitForLeadEmailsSettled(a.json.reference as string)
    expect((await fakeResend.forLead(a.json.reference as string)).emails).toHaveLength(2)
  })
})

describe('the per-IP rate limit (5 per 10 minutes)', () => {
  it('answers the sixth enquiry from one address with 429, Retry-After and a sentence, and stores nothing', async () => {
    const ip = uniqueIp()
    for (let i = 0; i < 5; i++) expect((await postLead(await validLead(), { ip })).status).toBe(201)
    const sixth = await validLead()
    const res = await postLead(sixth, { ip })
    expect(res.status).toBe(429)
    const retryAfter = Number(res.headers.get('retry-after'))
    expect(retryAfter).toBeGreaterThan(500)
    expect(retryAfter).toBeLessThanOrEqual(600)
    const payload = await testPayload()
    const closing = await payload.findGlobal({ slug: 'closing-cta' })
    expect(res.json.message).toBe(closing.form.errors.rateLimited)
    expect(await leadsByEmail(sixth.email as string)).toHaveLength(0)
    // Another address is not affected.
    expect((await postLead(await validLead(), { ip: uniqueIp() })).status).toBe(201)
  })

  it('holds in Postgres, whatever process counts', async () => {
    const payload = await testPayload()
    const ip = uniqueIp()
    await postLead(await validLead(), { ip })
    const rows = await payload.find({ collection: 'lead-rate-limits', depth: 0, limit: 1000 })
    expect(rows.docs.some((r) => r.count === 1)).toBe(true)
  })
})

describe('bad input gets an error on its field and nothing is stored', () => {
  const cases: [string, Record<string, unknown>, string, string][] = [
    ['an oversized name', { name: 'x'.repeat(201) }, 'name', 'tooLong'],
    ['a message over 5,000 characters', { message: 'y'.repeat(5001) }, 'message', 'tooLong'],
    ['a NUL byte', { name: 'Ada\u0000Lovelace' }, 'name', 'controlChars'],
    ['a control character', { company: 'Acme\u001bCorp' }, 'company', 'controlChars'],
    ['a line break in a one-line field', { name: 'Ada\r\nBcc: x@evil.example' }, 'name', 'controlChars'],
    ['a malformed email', { email: 'not-an-email' }, 'email', 'email'],
    ['an empty required field', { company: '   ' }, 'company', 'required'],
    ['a number for a name', { name: 12345 }, 'name', 'type'],
    ['a string for the areas', { areas: 'serve' }, 'areas', 'type'],
    ['an unknown cloud', { cloud: 'moon' }, 'cloud', 'choice'],
    ['no consent', { consent: false }, 'consent', 'consent'],
    ['consent as a string', { consent: 'yes' }, 'consent', 'consent'],
    ['a service area that does not exist', { areas: ['987654'] }, 'areas', 'choice'],
    ['a status', { status: 'won' }, 'status', 'unknownField'],
    ['an owner', { owner: 1 }, 'owner', 'unknownField'],
    ['an id', { id: 5 }, 'id', 'unknownField'],
    ['a spam flag', { spam: false }, 'spam', 'unknownField'],
    ['a reference', { reference: 'PQ-AAAA-AAAA' }, 'reference', 'unknownField'],
  ]
  for (const [label, overrides, field, code] of cases) {
    it(`${label} → 400, ${field}: ${code}`, async () => {
      const body = await validLead(overrides)
      const res = await postLead(body)
      expect(res.status).toBe(400)
      expect((res.json.errors as Record<string, string>)[field]).toBe(code)
      expect(await leadsByEmail(body.email as string)).toHaveLength(0)
    })
  }

  it('malformed JSON → 400', async () => {
    expect((await postLead(null, { raw: '{"name": "Ada",' })).status).toBe(400)
  })

  it('a body over the size limit → 413, nothing stored', async () => {
    const body = await validLead({ message: 'z'.repeat(70_000) })
    expect((await postLead(body)).status).toBe(413)
    expect(await leadsByEmail(body.email as string)).toHaveLength(0)
  })

  it('a privileged field sent with a valid enquiry never reaches the lead', async () => {
    const body = await validLead()
    const res = await postLead({ ...body, status: 'won', spam: false })
    expect(res.status).toBe(400)
    expect(await leadsByEmail(body.email as string)).toHaveLength(0)
  })
})

describe('access', () => {
  it('nobody creates a lead through the REST or GraphQL API, not even signed out', async () => {
    const { appUrl } = await import('./support/context')
    const body = await validLead()
    const rest = await fetch(appUrl('/api/leads'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...body, reference: 'PQ-AAAA-BBBB', receivedAt: new Date().toISOString() }),
    })
    expect(rest.status).toBe(403)
    const gql = await fetch(appUrl('/api/graphql'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query:
          'mutation { createLead(data: { name: "x", email: "x@example.com", company: "x", consent: true, reference: "r", submissionId: "abcdefgh", receivedAt: "2026-01-01" }) { id } }',
      }),
    })
    const result = (await gql.json()) as { errors?: unknown[] }
    expect(result.errors?.length).toBeGreaterThan(0)
    expect(await leadsByEmail(body.email as string)).toHaveLength(0)
    expect(await leadsByEmail('x@example.com')).toHaveLength(0)
    const outbox = await fetch(appUrl('/api/email-outbox'))
    expect(outbox.status).toBe(403)
  })
})
