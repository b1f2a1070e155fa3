import type { TaskConfig, TaskHandler } from 'payload'

import { webhookRetryDelayMs, webhooksAllowPrivate, webhookTimeoutMs } from '../env/webhooks'
import { logAttempt } from '../webhooks/deliveryLog'
import { recordFailure, recordSuccess } from '../webhooks/failureState'
import { requestBody, type LeadEventBody } from '../webhooks/message'
import { postWebhook } from '../webhooks/post'
import { signatureHeaders } from '../webhooks/secret'

/** Ten attempts: the first and nine retries, 30 s doubling to about 2 h apart by default (about 4 h in all). */
export const WEBHOOK_ATTEMPTS = 10

const isEventBody = (value: unknown): value is LeadEventBody =>
  typeof value === 'object' && value !== null && 'type' in value && 'data' in value && 'timestamp' in value

const handler: TaskHandler<'deliverWebhook'> = async ({ input, job, req }) => {
  const { payload } = req
  if (!isEventBody(input.body)) return { state: 'failed', errorMessage: 'The job has no event body.' }
  const webhook = await payload.findByID({
    collection: 'webhooks',
    id: input.webhookId,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    select: { url: true, secret: true, active: true },
  })
  // An endpoint deleted or turned off since the event is not called; nothing to retry.
  if (!webhook?.active || !webhook.secret) return { output: { status: 0 } }

  const body = requestBody(webhook.url, input.body)
  const started = Date.now()
  const result = await postWebhook(
    webhook.url,
    body,
    signatureHeaders(webhook.secret, input.messageId, body),
    {
      timeoutMs: webhookTimeoutMs(),
      allowPrivate: webhooksAllowPrivate(),
    },
  )
  const attempt = (job.totalTried ?? 0) + 1
  await logAttempt(payload, {
    webhook: webhook.id,
    event: input.body.type,
    messageId: input.messageId,
    attempt,
    status: result.status,
    ok: result.ok,
    error: result.ok ? undefined : result.error,
    durationMs: Date.now() - started,
  })
  if (result.ok) {
    await recordSuccess(payload, webhook.id)
    return { output: { status: result.status } }
  }
  const disabled = await recordFailure(payload, webhook.id, result.error)
  // A refused target (SSRF) will be refused again, and a disabled endpoint is not called: both end here.
  if (result.refused || disabled) return { output: { status: result.status } }
  if (result.retryAfterMs !== undefined) {
    const wanted = new Date(Date.now() + result.retryAfterMs)
    if (!job.waitUntil || new Date(job.waitUntil) < wanted) job.waitUntil = wanted.toISOString()
  }
  throw new Error(`Attempt ${attempt}/${WEBHOOK_ATTEMPTS}: ${result.error}`)
}

/** Delivers one event to one endpoint, signed, with the same `webhook-id` on every retry. */
export const deliverWebhookTask: TaskConfig<'deliverWebhook'> = {
  slug: 'deliverWebhook',
  label: 'Deliver a webhook',
  inputSchema: [
    { name: 'webhookId', type: 'number', required: true },
    { name: 'messageId', type: 'text', required: true },
    { name: 'body', type: 'json', required: true },
  ],
  outputSchema: [{ name: 'status', type: 'number' }],
  retries: {
    attempts: WEBHOOK_ATTEMPTS - 1,
    backoff: { type: 'exponential', delay: webhookRetryDelayMs() },
  },
  handler,
}
