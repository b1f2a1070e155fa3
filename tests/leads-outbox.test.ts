import { describe, expect, it } from 'vitest'

import { sendEmail } from '@/lib/email/send'

import { signIn } from './support/api'
import { appUrl } from './support/context'
import { withoutResendKey } from './support/mailEnv'
import { testPayload } from './support/payload'

describe('without RESEND_API_KEY: the development outbox', () => {
  withoutResendKey()

  it('keeps each email once (per idempotency key) where sales and admins can read it, and nobody else', async () => {
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
    const { docs } = await payload.find({
      collection: 'email-outbox',
      where: { idempotencyKey: { equals: idempotencyKey } },
    })
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({
      to: 'sales@paiteq.example',
      subject: 'New lead PQ-TEST',
      replyTo: 'ada@example.com',
    })

    const sales = await signIn('sales')
    const seen = await fetch(appUrl(`/api/email-outbox/${docs[0]!.id}`), { headers: sales })
    expect(seen.status).toBe(200)
    const marketing = await signIn('marketing')
    const refused = await fetch(appUrl(`/api/email-outbox/${docs[0]!.id}`), { headers: marketing })
    expect(refused.status).toBe(403)
    const edit = await fetch(appUrl(`/api/email-outbox/${docs[0]!.id}`), {
      method: 'PATCH',
      headers: { ...sales, 'content-type': 'application/json' },
      body: JSON.stringify({ subject: 'changed' }),
    })
    expect(edit.status).toBe(403)
  })
})
