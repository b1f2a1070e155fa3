import { describe, expect, it } from 'vitest'

import { fakeResend } from '../support/fakeResend'
import { eventually } from '../support/html'
import { leadsByEmail, postLead, validLead } from '../support/leads'
import { first } from '../support/first'

const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/

/**
 * A name with a right-to-left override makes the sales notification's subject read as
 * something else ("New lead: Invoice‮fdp.exe" shows as "…exe.pdf"), and zero-width
 * characters hide text from filters. They are stripped when the enquiry arrives.
 */
describe('disguising a subject line with bidi overrides and zero-width characters', () => {
  it('stores and mails the name and company without them', async () => {
    const body = await validLead({
      name: 'Ada\u202E Lovelace\u200B\u2066x\u2069',
      company: '\uFEFFAnalytical\u200D Engines\u202A',
    })
    const res = await postLead(body)
    expect(res.status).toBe(201)
    const reference = res.json.reference as string

    const lead = first(await leadsByEmail(body.email as string))
    expect(lead.name).toBe('Ada Lovelacex')
    expect(lead.company).toBe('Analytical Engines')

    let subject = ''
    await eventually(
      async () => {
        const { emails } = await fakeResend.forLead(reference)
        subject = emails.find((e) => e.idempotencyKey === `${reference}/sales`)?.subject ?? ''
        return subject !== ''
      },
      20_000,
      250,
    )
    expect(subject).toContain('Ada Lovelacex')
    expect(subject).toContain('Analytical Engines')
    expect(subject).not.toMatch(INVISIBLE)
  })
})
