import { randomUUID } from 'node:crypto'

import type { EmailAdapter, SendEmailOptions } from 'payload'

import { mailEnv } from '../env/leads'
import { htmlToText } from './htmlToText'
import { sendEmail } from './send'
import { ACCOUNT_EMAIL_KIND, type SendResult } from './types'

type Address = string | { name?: string; address: string }

const formatAddress = (a: Address): string =>
  typeof a === 'string' ? a : a.name ? `${a.name} <${a.address}>` : a.address

const addresses = (value: SendEmailOptions['to']): string[] =>
  (Array.isArray(value) ? value : value ? [value] : []).map((a) => formatAddress(a as Address))

/** `Name <address>` → its two parts (Payload wants them apart for its default sender). */
function splitFrom(from: string): { name: string; address: string } {
  const match = /^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/.exec(from)
  return match ? { name: match[1]!.trim(), address: match[2]!.trim() } : { name: '', address: from.trim() }
}

/** What the adapter's send answers: the outbox's result, or the job that will send it. */
type AdapterResult = SendResult | { ok: true; queuedJob: string | number }

/**
 * Payload's email adapter, on the app's own mailer: its account emails (a forgotten password)
 * go through Resend like the lead emails do, or into the development outbox without
 * RESEND_API_KEY. With Resend the email is queued (`sendAccountEmail`), never sent while the
 * person waits: "forgot password" then answers the same, in about the same time, for a staff
 * email and an unknown one, whether the provider is up or not; a failed send is retried in the
 * background and its failure shows on the job, which only admins read.
 */
export const appEmailAdapter: EmailAdapter<AdapterResult> = ({ payload }) => {
  const sender = splitFrom(mailEnv().from)
  return {
    name: 'app-mailer',
    defaultFromAddress: sender.address,
    defaultFromName: sender.name,
    sendEmail: async (message) => {
      const html = typeof message.html === 'string' ? message.html : ''
      const email = {
        from: message.from ? formatAddress(message.from as Address) : mailEnv().from,
        to: addresses(message.to),
        subject: typeof message.subject === 'string' ? message.subject : '',
        html,
        text: typeof message.text === 'string' ? message.text : htmlToText(html),
        idempotencyKey: `${ACCOUNT_EMAIL_KIND}/${randomUUID()}`,
      }
      if (mailEnv().resendApiKey) {
        const job = await payload.jobs.queue({
          task: 'sendAccountEmail',
          input: { ...email, to: email.to.join(', ') },
        })
        return { ok: true, queuedJob: job.id }
      }
      // The development outbox is a row in the app's own database: nothing to retry.
      const result = await sendEmail(payload, { ...email, kind: ACCOUNT_EMAIL_KIND })
      if (!result.ok) throw new Error(`The email to ${email.to.join(', ')} was not filed: ${result.error}`)
      return result
    },
  }
}
