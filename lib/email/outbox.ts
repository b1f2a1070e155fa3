import type { Payload, PayloadRequest } from 'payload'

import type { OutgoingEmail, SendResult } from './types'

/**
 * Without RESEND_API_KEY: keeps the email in the development outbox (visible in the admin
 * under Sales → Development outbox) and logs it. The idempotency key is unique there too,
 * so a retried job never files the same email twice.
 */
export async function sendToOutbox(
  payload: Payload,
  email: OutgoingEmail,
  req?: PayloadRequest,
): Promise<SendResult> {
  const existing = await payload.find({
    collection: 'email-outbox',
    where: { idempotencyKey: { equals: email.idempotencyKey } },
    limit: 1,
    depth: 0,
    req,
  })
  if (existing.docs[0]) return { ok: true, id: `outbox-${existing.docs[0].id}`, via: 'outbox' }
  const doc = await payload.create({
    collection: 'email-outbox',
    data: {
      idempotencyKey: email.idempotencyKey,
      kind: email.kind,
      lead: email.leadId,
      from: email.from,
      to: email.to.join(', '),
      replyTo: email.replyTo,
      subject: email.subject,
      text: email.text,
      html: email.html,
    },
    req,
  })
  payload.logger.info(`Outbox (RESEND_API_KEY not set): "${email.subject}" to ${email.to.join(', ')}`)
  return { ok: true, id: `outbox-${doc.id}`, via: 'outbox' }
}
