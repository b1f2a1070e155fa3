import { describe, expect, it } from 'vitest'

import { sendToOutbox } from '@/lib/email/outbox'
import { erasePerson } from '@/lib/leads/erase'

import { testPayload } from '../support/payload'

/**
 * An erasure request for one address used to delete every outbox email whose address merely
 * contained it (`like`): asking to erase `a@x.test` wiped the records of `ba@x.test` and
 * `a@x.test.evil`. Matching is now exact on the whole address, ignoring case.
 */
describe("erasing other people's emails with an address that is part of theirs", () => {
  it('deletes the outbox emails to or replying to that exact address only', async () => {
    const payload = await testPayload()
    const stamp = Date.now().toString(36)
    const target = `a${stamp}@x.test`

    const file = async (to: string, replyTo?: string): Promise<number> => {
      const sent = await sendToOutbox(payload, {
        from: 'Paiteq <hello@paiteq.example>',
        to: [to],
        replyTo,
        subject: 'About your enquiry',
        text: 'Thank you.',
        html: '<p>Thank you.</p>',
        idempotencyKey: `lookalike-${to}-${replyTo ?? ''}-${stamp}`,
        kind: 'confirmation',
      })
      if (!sent.ok || sent.via !== 'outbox') throw new Error('Not kept in the outbox.')
      return Number(sent.id.replace('outbox-', ''))
    }
    const theirs = [
      await file(target),
      await file(target.toUpperCase()),
      await file('sales@paiteq.example', target),
    ]
    const others = [
      await file(`b${target}`),
      await file(`${target}.evil`),
      await file(`x.${target}`),
      await file('sales@paiteq.example', `b${target}`),
      await file('sales@paiteq.example', `${target}.evil`),
    ]
    const has = async (id: number) =>
      (await payload.count({ collection: 'email-outbox', where: { id: { equals: id } } })).totalDocs === 1

    const result = await erasePerson(payload, target)
    expect(result.records['email-outbox']).toBe(theirs.length)
    for (const id of theirs) expect(await has(id)).toBe(false)
    for (const id of others) expect(await has(id)).toBe(true)
  })
})
