import { createHmac, randomBytes } from 'node:crypto'

const PREFIX = 'whsec_'

/** A new signing secret: `whsec_` and the base64 of 24 random bytes (the Standard Webhooks format). */
export const newWebhookSecret = (): string => `${PREFIX}${randomBytes(24).toString('base64')}`

/**
 * The Standard Webhooks headers for one attempt: `webhook-signature` is `v1,` and the base64 HMAC-SHA256 of
 * `${id}.${timestamp}.${body}`, keyed with the base64-decoded part of the secret after `whsec_`.
 */
export function signatureHeaders(
  secret: string,
  id: string,
  body: string,
  at: Date = new Date(),
): Record<'webhook-id' | 'webhook-timestamp' | 'webhook-signature', string> {
  if (!secret.startsWith(PREFIX)) throw new Error('A webhook secret starts with whsec_.')
  const key = Buffer.from(secret.slice(PREFIX.length), 'base64')
  const timestamp = String(Math.floor(at.getTime() / 1000))
  const signature = createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest('base64')
  return { 'webhook-id': id, 'webhook-timestamp': timestamp, 'webhook-signature': `v1,${signature}` }
}
