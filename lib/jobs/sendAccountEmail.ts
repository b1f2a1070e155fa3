import type { TaskConfig, TaskHandler } from 'payload'

import { sendEmail } from '../email/send'
import { ACCOUNT_EMAIL_KIND } from '../email/types'
import { emailRetryDelayMs } from '../env/leads'
import { EMAIL_ATTEMPTS } from './sendLeadEmail'

const handler: TaskHandler<'sendAccountEmail'> = async ({ input, job, req }) => {
  const result = await sendEmail(req.payload, {
    from: input.from,
    to: input.to.split(',').map((s) => s.trim()),
    subject: input.subject,
    html: input.html,
    text: input.text,
    idempotencyKey: input.idempotencyKey,
    kind: ACCOUNT_EMAIL_KIND,
  })
  if (result.ok) return { output: { providerId: result.id } }
  // Honour the provider's retry-after when it asks for more than the backoff would wait.
  if (result.retryAfterMs !== undefined) {
    const wanted = new Date(Date.now() + result.retryAfterMs)
    if (!job.waitUntil || new Date(job.waitUntil) < wanted) job.waitUntil = wanted.toISOString()
  }
  throw new Error(`The email to ${input.to} was not sent: ${result.error}`)
}

/**
 * One of Payload's own emails (a password reset), queued by the email adapter rather than
 * sent while the person waits: the request answers the same whether the account exists or
 * the provider is down, and a failed send is retried with the lead emails' backoff. Each
 * failure is on the job (admins only: its input holds the reset link).
 */
export const sendAccountEmailTask: TaskConfig<'sendAccountEmail'> = {
  slug: 'sendAccountEmail',
  label: 'Send an account email',
  inputSchema: [
    { name: 'from', type: 'text', required: true },
    { name: 'to', type: 'text', required: true },
    { name: 'subject', type: 'text', required: true },
    { name: 'html', type: 'textarea', required: true },
    { name: 'text', type: 'textarea', required: true },
    { name: 'idempotencyKey', type: 'text', required: true },
  ],
  outputSchema: [{ name: 'providerId', type: 'text' }],
  retries: { attempts: EMAIL_ATTEMPTS - 1, backoff: { type: 'exponential', delay: emailRetryDelayMs() } },
  handler,
}
