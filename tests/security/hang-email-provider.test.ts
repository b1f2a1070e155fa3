import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { sendWithResend } from '@/lib/email/resend'
import type { MailEnv } from '@/lib/env/leads'

import { startFakeResend, type FakeAttempt, type FakeResend } from '../support/fakeResend'
import { first } from '../support/first'

/**
 * A provider that accepts the connection and never answers: each send used to leave its
 * socket open for good. This test has a fake Resend of its own, so hanging it does not hold
 * up the other tests' emails.
 */
describe('an email provider that hangs', () => {
  let fake: FakeResend
  const timeoutMs = 400
  const env = (): MailEnv => ({
    resendApiKey: 're_hang_test',
    resendBaseUrl: fake.url,
    from: 'Paiteq <hello@paiteq.example>',
    notifyTo: ['sales@paiteq.example'],
    timeoutMs,
  })
  const attempts = async (): Promise<FakeAttempt[]> => (await fake.read()).attempts

  beforeAll(async () => {
    fake = await startFakeResend()
    await fake.setMode({ kind: 'hang' })
  })
  afterAll(() => fake.close())

  it('fails the send after the timeout and closes the connection', async () => {
    const started = Date.now()
    const result = await sendWithResend(
      {
        from: 'Paiteq <hello@paiteq.example>',
        to: ['dana@northwind.example'],
        subject: 'About your enquiry',
        html: '<p>Thank you.</p>',
        text: 'Thank you.',
        idempotencyKey: `PQ-HANG/${Date.now()}`,
        kind: 'confirmation',
      },
      env(),
    )
    const elapsed = Date.now() - started
    expect(result).toEqual({ ok: false, error: `The email provider did not answer within ${timeoutMs} ms.` })
    expect(elapsed).toBeGreaterThanOrEqual(timeoutMs - 20)

    // The fake saw the request arrive, hang, and its connection closed by us at the timeout.
    await expect.poll(async () => (await attempts())[0]?.closedAt, { timeout: 2000 }).toBeDefined()
    const attempt = first(await attempts())
    expect(attempt.answered).toBe('hang')
    expect(attempt.closedAt! - attempt.at).toBeGreaterThanOrEqual(timeoutMs - 50)
  })
})
