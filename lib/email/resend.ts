import { Resend } from 'resend'

import type { MailEnv } from '../env/leads'
import type { OutgoingEmail, SendResult } from './types'

let client: { key: string; baseUrl: string | undefined; resend: Resend } | undefined

function resendClient(env: MailEnv): Resend {
  const key = env.resendApiKey as string
  if (!client || client.key !== key || client.baseUrl !== env.resendBaseUrl) {
    client = { key, baseUrl: env.resendBaseUrl, resend: new Resend(key, { baseUrl: env.resendBaseUrl }) }
  }
  return client.resend
}

/** Seconds or an HTTP date in `retry-after`, as milliseconds from now. */
function retryAfterMs(value: string | null | undefined): number | undefined {
  if (!value) return undefined
  const seconds = Number(value)
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000)
  const date = Date.parse(value)
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now())
}

/**
 * Sends through Resend with the SDK. The SDK returns errors rather than throwing; both are
 * turned into a failed result. A request that takes longer than `timeoutMs` is aborted (its
 * connection closed, so a hung provider does not collect open sockets) and fails too; the
 * idempotency key makes a late success of the abandoned request harmless.
 */
export async function sendWithResend(email: OutgoingEmail, env: MailEnv): Promise<SendResult> {
  const resend = resendClient(env)
  const abort = new AbortController()
  const timer = setTimeout(() => abort.abort(), env.timeoutMs)
  const timedOut = (): SendResult => ({
    ok: false,
    error: `The email provider did not answer within ${env.timeoutMs} ms.`,
  })
  try {
    const response = await resend.emails.send(
      {
        from: email.from,
        to: email.to,
        replyTo: email.replyTo,
        subject: email.subject,
        html: email.html,
        text: email.text,
      },
      { idempotencyKey: email.idempotencyKey, signal: abort.signal },
    )
    if (response.data?.id) return { ok: true, id: response.data.id, via: 'resend' }
    // The SDK reports an aborted request as a generic "could not be resolved" error.
    if (abort.signal.aborted) return timedOut()
    if (response.error) {
      const err = response.error as { message?: string; name?: string; statusCode?: number | null }
      const headers = (response as { headers?: Record<string, string> | null }).headers
      return {
        ok: false,
        error: `${err.statusCode ?? ''} ${err.name ?? 'error'}: ${err.message ?? 'unknown'}`.trim(),
        retryAfterMs: retryAfterMs(headers?.['retry-after']),
      }
    }
    return { ok: false, error: 'The email provider answered without an id.' }
  } catch (error) {
    if (abort.signal.aborted) return timedOut()
    return { ok: false, error: `Could not reach the email provider: ${(error as Error).message}` }
  } finally {
    clearTimeout(timer)
  }
}
