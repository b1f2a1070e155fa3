import { afterEach, describe, expect, it } from 'vitest'

import { signIn } from './support/api'
import { appUrl } from './support/context'
import { fakeResend } from './support/fakeResend'
import { eventually } from './support/html'
import { leadByReference, postLead, validLead, waitForLeadEmailsSettled, waitForSent } from './support/leads'

/** Sends a valid enquiry and returns its reference. */
async function enquire(): Promise<string> {
  const res = await postLead(await validLead())
  expect(res.status).toBe(201)
  return res.json.reference as string
}

const onePerKind = async (reference: string) => {
  const { emails } = await fakeResend.forLead(reference)
  return emails.map((e) => e.idempotencyKey).sort()
}

describe('lead emails when the provider fails', () => {
  afterEach(() => fakeResend.setMode({ kind: 'ok' }))

  it('retries with backoff while the provider answers 500, and sends exactly one email of each kind once it recovers', async () => {
    await fakeResend.setMode({ kind: '500' })
    const refs = [await enquire(), await enquire()]
    for (const ref of refs) {
      await eventually(
        async () => {
          const lead = await leadByReference(ref)
          return (lead?.salesNotification?.attempts ?? 0) >= 2 && (lead?.confirmation?.attempts ?? 0) >= 2
        },
        20_000,
        200,
      )
      const lead = await leadByReference(ref)
      expect(lead?.salesNotification?.state).toBe('pending')
      expect(lead?.salesNotification?.lastError).toContain('Provider is down')
    }
    await fakeResend.setMode({ kind: 'ok' })
    for (const ref of refs) {
      await waitForSent(ref, 30_000)
      await waitForLeadEmailsSettled(ref)
      expect(await onePerKind(ref)).toEqual([`${ref}/confirmation`, `${ref}/sales`])
      const { attempts } = await fakeResend.forLead(ref)
      // The failed attempts were spread out: each retry waited longer than the one before.
      // The failed attempts were spread out by a doubling backoff (1 s, then 2 s, LEAD_EMAIL_RETRY_DELAY_MS in
      // tests/setup/testEnv.ts): each retry came no sooner than its delay after the attempt before. Lower bounds
      // only, which a slow machine cannot break.
      const sales = attempts.filter((a) => a.idempotencyKey === `${ref}/sales`).map((a) => a.at)
      expect(sales.length).toBeGreaterThanOrEqual(3)
      expect(sales[1]! - sales[0]!).toBeGreaterThanOrEqual(1000)
      expect(sales[2]! - sales[1]!).toBeGreaterThanOrEqual(2000)
    }
  })

  it('honours retry-after on 429', async () => {
    await fakeResend.setMode({ kind: '429', retryAfter: 4 })
    const ref = await enquire()
    await eventually(async () => (await fakeResend.forLead(ref)).attempts.length >= 2, 15_000, 100)
    await fakeResend.setMode({ kind: 'ok' })
    await waitForSent(ref, 20_000)
    const { attempts } = await fakeResend.forLead(ref)
    for (const kind of ['sales', 'confirmation']) {
      const times = attempts.filter((a) => a.idempotencyKey === `${ref}/${kind}`).map((a) => a.at)
      // Backoff alone would retry after 1 s; the provider asked for 4 s.
      expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(3900)
    }
    expect(await onePerKind(ref)).toEqual([`${ref}/confirmation`, `${ref}/sales`])
  })

  it('gives up on a provider that hangs after the timeout, retries, and still sends once', async () => {
    await fakeResend.setMode({ kind: 'hang' })
    const ref = await enquire()
    await eventually(
      async () => {
        const lead = await leadByReference(ref)
        return (lead?.salesNotification?.lastError ?? '').includes('did not answer')
      },
      15_000,
      200,
    )
    await fakeResend.setMode({ kind: 'ok' })
    await waitForSent(ref, 20_000)
    await waitForLeadEmailsSettled(ref)
    expect(await onePerKind(ref)).toEqual([`${ref}/confirmation`, `${ref}/sales`])
  })

  it('marks a notification that finally failed on the lead, for sales to see in the admin', async () => {
    await fakeResend.setMode({ kind: '500' })
    const ref = await enquire()
    await eventually(
      async () => {
        const lead = await leadByReference(ref)
        return lead?.salesNotification?.state === 'failed' && lead?.confirmation?.state === 'failed'
      },
      45_000,
      500,
    )
    const lead = await leadByReference(ref)
    expect(lead?.salesNotification?.attempts).toBe(6)
    expect(lead?.salesNotification?.lastError).toMatch(/500|Provider is down/)

    const seen = await fetch(appUrl(`/api/leads/${lead!.id}`), { headers: await signIn('sales') })
    expect(((await seen.json()) as { salesNotification: { state: string } }).salesNotification.state).toBe(
      'failed',
    )

    // Given up means given up: no further attempts once the provider is back.
    await fakeResend.setMode({ kind: 'ok' })
    // No job of the lead is left to run (both failed for good), so no call can follow.
    const before = (await fakeResend.forLead(ref)).attempts.length
    await waitForLeadEmailsSettled(ref, 5_000)
    expect((await fakeResend.forLead(ref)).attempts.length).toBe(before)
  })
})
