/** The kind under which Payload's own emails (password reset) are sent and filed in the outbox. */
export const ACCOUNT_EMAIL_KIND = 'account'

export type OutgoingEmail = {
  from: string
  to: string[]
  replyTo?: string
  subject: string
  html: string
  text: string
  /** One per lead and kind of email: the provider sends a key at most once. */
  idempotencyKey: string
  kind: string
  leadId?: number
}

export type SendResult =
  { ok: true; id: string; via: 'resend' | 'outbox' } | { ok: false; error: string; retryAfterMs?: number }
