import type { Payload, TaskConfig, TaskHandler } from 'payload'

import { sendEmail } from '../email/send'
import { emailRetryDelayMs, mailEnv } from '../env/leads'
import { serverEnv } from '../env/server'
import { claimConfirmation, CONFIRMATION_LIMITED } from '../leads/confirmationLimit'
import { leadForEmail, confirmationWords } from '../leads/emailInputs'
import {
  confirmationEmail,
  salesEmail,
  type EmailLead,
  type FormCopy,
  type LeadEmailKind,
} from '../leads/emails'
import { recordAttempt } from '../leads/notificationState'
import { PermanentJobError } from './permanentError'

/** Six attempts: the first and five retries, 1, 2, 4, 8 and 16 minutes apart by default. */
export const EMAIL_ATTEMPTS = 6

const STATE_FIELD = { sales: 'salesNotification', confirmation: 'confirmation' } as const

/** When the next attempt may run at the earliest, if the provider said (Retry-After); the runner's backoff may wait longer. */
export type RetryHint = { waitUntil?: string | null }

/**
 * What the queue's lane already knows when it runs a batch: the lead (read with the batch's other leads in one
 * query; null when it is gone), the confirmation's words (read once per batch), and the job to delete with the
 * record of a sent email (one statement for both). Payload's runner passes none of these.
 */
export type EmailBatch = {
  lead?: EmailLead | null
  words?: () => Promise<FormCopy | null>
  jobId?: number
}

/** What a send returns; `finished` when the job was deleted with the record (the runner must not delete it again). */
export type EmailOutcome = { providerId: string; finished?: boolean }

const isKind = (kind: string): kind is LeadEmailKind => kind in STATE_FIELD

/**
 * Sends one email about one lead (`kind`: to sales, or the confirmation to the prospect), once: an email
 * already sent or skipped is not sent again. Throws to be retried; `PermanentJobError` for an input that can
 * never succeed. Run by the queue's own lane (lib/jobs/fastLane.ts) or by Payload's runner (the task below).
 */
export async function sendLeadEmail(
  payload: Payload,
  input: { leadId: number; kind: string },
  hint: RetryHint,
  batch: EmailBatch = {},
): Promise<EmailOutcome> {
  if (!isKind(input.kind)) throw new PermanentJobError(`Unknown email kind "${input.kind}".`)
  const kind = input.kind
  const field = STATE_FIELD[kind]

  const lead = batch.lead !== undefined ? batch.lead : await leadForEmail(payload, input.leadId)
  if (!lead) return { providerId: 'lead-deleted' }
  const state = lead[field]
  // Sent, skipped, or failed for good (its last attempt recorded): nothing more goes out, whoever runs the job.
  if (state?.state === 'sent' || state?.state === 'skipped' || state?.state === 'failed')
    return { providerId: state.providerId ?? '' }

  // One confirmation per address a day, counted once per lead (on its first attempt, so a
  // retry of a failed send is not refused, nor a run of a worker killed after counting), and
  // only for leads that were committed: a job runs after the transaction that stored the lead.
  if (
    kind === 'confirmation' &&
    !state?.attempts &&
    !(await claimConfirmation(payload, lead.email, lead.id))
  ) {
    await recordAttempt(payload, lead.id, kind, { state: 'skipped', error: CONFIRMATION_LIMITED })
    return { providerId: '' }
  }

  const env = mailEnv()
  let composed
  if (kind === 'sales') {
    composed = salesEmail(lead, serverEnv().serverUrl)
  } else {
    const words = await (batch.words ?? (() => confirmationWords(payload)))()
    if (!words) throw new Error('The confirmation email has no words: the closing-cta global is missing.')
    composed = confirmationEmail(lead, words)
  }
  const result = await sendEmail(payload, {
    ...composed,
    from: env.from,
    to: kind === 'sales' ? env.notifyTo : [lead.email],
    replyTo: kind === 'sales' ? lead.email : undefined,
    idempotencyKey: `${lead.reference}/${kind}`,
    kind,
    leadId: lead.id,
  })

  if (result.ok) {
    const jobId = batch.jobId ?? null
    await recordAttempt(payload, lead.id, kind, { state: 'sent', providerId: result.id }, jobId)
    return { providerId: result.id, finished: jobId !== null }
  }

  // The attempt about to be recorded is number (attempts so far + 1); the last one marks the email failed.
  const final = (state?.attempts ?? 0) + 1 >= EMAIL_ATTEMPTS
  const attempts = await recordAttempt(payload, lead.id, kind, {
    state: final ? 'failed' : 'pending',
    error: result.error,
  })
  // Honour the provider's retry-after when it asks for more than the backoff would wait.
  if (result.retryAfterMs !== undefined) {
    const wanted = new Date(Date.now() + result.retryAfterMs)
    if (!hint.waitUntil || new Date(hint.waitUntil) < wanted) hint.waitUntil = wanted.toISOString()
  }
  throw new Error(`Attempt ${attempts}/${EMAIL_ATTEMPTS}: ${result.error}`)
}

/** The same, as Payload's runner runs tasks (jobs it claims itself, e.g. on its cron). */
const handler: TaskHandler<'sendLeadEmail'> = async ({ input, job, req }) => {
  const hint: RetryHint = { waitUntil: job.waitUntil }
  try {
    const { providerId } = await sendLeadEmail(req.payload, input, hint)
    return { output: { providerId } }
  } catch (error) {
    if (error instanceof PermanentJobError) return { state: 'failed', errorMessage: error.message }
    if (hint.waitUntil) job.waitUntil = hint.waitUntil
    throw error
  }
}

/** Sends one email about one lead; queued in the same transaction that stores the lead. */
export const sendLeadEmailTask: TaskConfig<'sendLeadEmail'> = {
  slug: 'sendLeadEmail',
  label: 'Send a lead email',
  inputSchema: [
    { name: 'leadId', type: 'number', required: true },
    { name: 'kind', type: 'text', required: true },
  ],
  outputSchema: [{ name: 'providerId', type: 'text' }],
  retries: { attempts: EMAIL_ATTEMPTS - 1, backoff: { type: 'exponential', delay: emailRetryDelayMs() } },
  handler,
}
