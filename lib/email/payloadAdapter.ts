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
  return match ? { name: match[1].trim(), address: match[2].trim() } : { name: '', address: from.trim() }
}

/**
 * Payload's email adapter, on the app's own mailer: its account emails (a forgotten password)
 * go through Resend like the lead emails do, or into the development outbox without
 * RESEND_API_KEY. A failed send throws, so the person asking for a reset link is told it did
 * not go out instead of waiting for an email that never comes.
 */
export const appEmailAdapter: EmailAdapter<SendResult> = ({ payload }) => {
  const sender = splitFrom(mailEnv().from)
  return {
    name: 'app-mailer',
    defaultFromAddress: sender.address,
    defaultFromName: sender.name,
    sendEmail: async (message) => {
      const html = typeof message.html === 'string' ? message.html : ''
      const result = await sendEmail(payload, {
        from: message.from ? formatAddress(message.from as Address) : mailEnv().from,
        to: addresses(message.to),
        subject: typeof message.subject === 'string' ? message.subject : '',
        html,
        text: typeof message.text === 'string' ? message.text : htmlToText(html),
        idempotencyKey: `${ACCOUNT_EMAIL_KIND}/${randomUUID()}`,
        kind: ACCOUNT_EMAIL_KIND,
      })
      if (!result.ok)
        throw new Error(`The email to ${addresses(message.to).join(', ')} was not sent: ${result.error}`)
      return result
    },
  }
}
