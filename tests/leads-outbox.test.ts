import { afterEach, describe, expect, it } from 'vitest'

import { sendEmail } from '@/lib/email/send'

import { appUrl } from './support/context'
import { testPayload } from './support/payload'

const login = async (email: string, password: string) => {
  const res = await fetch(appUrl('/api/users/login'), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  return ((await res.json()) as { token: string }).token
}

describe('without RESEND_API_KEY: the development outbox', () => {
  const key = process.env.RESEND_API_KEY
  afterEach(() => {
    process.env.RESEND_API_KEY = key
  })

  it('keeps each email once (per idempotency key) where sales and admins can read it, and nobody else', async () => {
    delete process.env.RESEND_API_KEY
    const payload = await testPayload()
    const idempotencyKey = `PQ-TEST-${Date.now()}/sales`
    const email = {
      from: 'Paiteq <hello@paiteq.example>',
      to: ['sales@paiteq.example'],
      replyTo: 'ada@example.com',
      subject: 'New lead PQ-TEST',
      html: '<p>&lt;script&gt;</p>',
      text: '<script>',
      idempotencyKey,
      kind: 'sales',
    }
    const first = await sendEmail(payload, email)
    const again = await sendEmail(payload, email)
    expect(first).toMatchObject({ ok: true, via: 'outbox' })
    expect(again).toEqual(first)
    const { docs } = await payload.find({ collection: 'email-outbox', where: { idempotencyKey: { equals: idempotencyKey } } })
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({ to: 'sales@paiteq.example', subject: 'New lead PQ-TEST', replyTo: 'ada@example.com' })

    const sales = await login('sales@paiteq.example', 'sales-dev-password')
    const seen = await fetch(appUrl(`/api/email-outbox/${docs[0].id}`), { headers: { authorization: `JWT ${sales}` } })
    expect(seen.status).toBe(200)
    const marketing = await login('marketing@paiteq.example', 'marketing-dev-password')
    const refused = await fetch(appUrl(`/api/email-outbox/${docs[0].id}`), { headers: { authorization: `JWT ${marketing}` } })
    expect(refused.status).toBe(403)
    const edit = await fetch(appUrl(`/api/email-outbox/${docs[0].id}`), {
      method: 'PATCH',
      headers: { authorization: `JWT ${sales}`, 'content-type': 'application/json' },
      body: JSON.stringify({ subject: 'changed' }),
    })
    expect(edit.status).toBe(403)
  })
})
