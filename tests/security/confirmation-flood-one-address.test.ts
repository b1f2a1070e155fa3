import { randomUUID } from 'node:crypto'

import { describe, expect, it } from 'vitest'

import { confirmationKey } from '@/lib/leads/confirmationLimit'

import { fakeResend } from '../support/fakeResend'
import { eventually } from '../support/html'
import { leadByReference, postLead, uniqueIp, validLead } from '../support/leads'
import { testPayload } from '../support/payload'
import { postgres } from '@/lib/db/postgres'

/**
 * An attacker sends enquiry after enquiry naming the same victim, from several addresses,
 * to flood the victim's inbox with our confirmations.
 */
describe('flooding one address with confirmations', () => {
  it('sends one confirmation a day to an address, and still stores every lead and tells sales each time', async () => {
    const first = await validLead()
    const victim = first.email as string
    const references: string[] = []
    for (const [i, variant] of [victim, victim.toUpperCase(), ` ${victim}`].entries()) {
      const body = i === 0 ? first : await validLead({ email: variant, message: `Attempt ${i}` })
      const res = await postLead(body, { ip: uniqueIp() })
      expect(res.status).toBe(201)
      references.push(res.json.reference as string)
    }
    expect(new Set(references).size).toBe(3)

    // Every lead's two emails are settled: sales sent, the confirmation sent or skipped.
    await eventually(
      async () => {
        const leads = await Promise.all(references.map(leadByReference))
        return leads.every(
          (l) =>
            l?.salesNotification?.state === 'sent' &&
            ['sent', 'skipped'].includes(l?.confirmation?.state ?? ''),
        )
      },
      30_000,
      250,
    )
    await new Promise((r) => setTimeout(r, 1500)) // a further run of the job runner sends nothing more

    const { emails } = await fakeResend.read()
    const ours = emails.filter((e) => references.some((r) => e.idempotencyKey?.startsWith(`${r}/`)))
    const confirmations = ours.filter((e) => e.idempotencyKey?.endsWith('/confirmation'))
    const notifications = ours.filter((e) => e.idempotencyKey?.endsWith('/sales'))
    expect(confirmations).toHaveLength(1)
    expect(confirmations[0]!.to.map((a) => a.trim().toLowerCase())).toEqual([victim.toLowerCase()])
    expect(notifications).toHaveLength(3)

    const leads = await Promise.all(references.map(leadByReference))
    expect(leads.every((l) => l?.status === 'new' && l.spam === false)).toBe(true)
    const skipped = leads.filter((l) => l?.confirmation?.state === 'skipped')
    expect(skipped).toHaveLength(2)
    for (const l of skipped) expect(l?.confirmation?.lastError).toMatch(/24 hours/)
  })

  it('keeps counting for the whole day: the nightly clean-up does not drop a counter after the enquiry limit’s 10 minutes', async () => {
    const payload = await testPayload()
    const { pool } = postgres(payload)
    const [running, ended] = [
      confirmationKey(`r.${randomUUID()}@x.test`),
      confirmationKey(`e.${randomUUID()}@x.test`),
    ]
    const ipCounter = `test-ip-${randomUUID()}`
    await pool.query(
      `INSERT INTO lead_rate_limits (key, window_start, count, updated_at, created_at) VALUES
         ($1, now() - interval '11 minutes', 1, now(), now()),
         ($2, now() - interval '25 hours', 1, now(), now()),
         ($3, now() - interval '11 minutes', 5, now(), now())`,
      [running, ended, ipCounter],
    )
    await payload.jobs.queue({ task: 'purgeSpamLeads', input: {}, queue: 'maintenance' })
    await payload.jobs.run({ queue: 'maintenance' })
    const { rows } = await pool.query<{ key: string }>(
      'SELECT key FROM lead_rate_limits WHERE key = ANY($1)',
      [[running, ended, ipCounter]],
    )
    expect(rows.map((r) => r.key)).toEqual([running])
  })
})
