import { afterEach, beforeEach } from 'vitest'

/**
 * For the tests of the calling `describe`: RESEND_API_KEY unset in this process, so the mailer
 * files emails in the development outbox; restored after each test.
 */
export function withoutResendKey(): void {
  const key = process.env.RESEND_API_KEY
  beforeEach(() => {
    delete process.env.RESEND_API_KEY
  })
  afterEach(() => {
    process.env.RESEND_API_KEY = key
  })
}
