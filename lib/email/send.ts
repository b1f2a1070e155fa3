import type { Payload, PayloadRequest } from 'payload'

import { mailEnv } from '../env/leads'
import { sendToOutbox } from './outbox'
import { sendWithResend } from './resend'
import type { OutgoingEmail, SendResult } from './types'

/** Sends through Resend when RESEND_API_KEY is set, else files the email in the dev outbox. */
export async function sendEmail(
  payload: Payload,
  email: OutgoingEmail,
  req?: PayloadRequest,
): Promise<SendResult> {
  const env = mailEnv()
  if (!env.resendApiKey) return sendToOutbox(payload, email, req)
  return sendWithResend(email, env)
}
