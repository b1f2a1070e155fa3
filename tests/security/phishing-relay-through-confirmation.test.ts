import { describe, expect, it } from 'vitest'

import { fakeResend, type FakeEmail } from '../support/fakeResend'
import { eventually } from '../support/html'
import { leadsByEmail, postLead, validLead } from '../support/leads'
import { testPayload } from '../support/payload'
import { first } from '../support/first'

/**
 * An attacker types a victim's address into the form and puts the lure in the fields the
 * confirmation used to quote back: the victim would get "our" email carrying their link.
 */
describe('using the confirmation email to send a lure to a stranger', () => {
  it('mails the victim only our copy and the reference: none of the attacker’s text', async () => {
    const lure = 'Your invoice is overdue, pay at https://evil.test/pay'
    const body = await validLead({
      name: `Support team: ${lure}`,
      company: 'Evil Corp https://evil.test/login',
      role: 'Click https://evil.test/r',
      message: `Hello,\n${lure}\n<a href="https://evil.test/html">Log in</a>`,
    })
    const res = await postLead(body)
    expect(res.status).toBe(201)
    const reference = res.json.reference as string
    const lead = first(await leadsByEmail(body.email as string))
    // The enquiry itself is kept as written: sales read it.
    expect(lead.message).toContain(lure)

    let confirmation: FakeEmail | undefined
    let sales: FakeEmail | undefined
    await eventually(
      async () => {
        const { emails } = await fakeResend.forLead(reference)
        confirmation = emails.find((e) => e.idempotencyKey === `${reference}/confirmation`)
        sales = emails.find((e) => e.idempotencyKey === `${reference}/sales`)
        return Boolean(confirmation && sales)
      },
      20_000,
      250,
    )

    expect(confirmation!.to).toEqual([body.email])
    for (const part of [confirmation!.subject, confirmation!.html, confirmation!.text]) {
      expect(part).not.toContain('evil.test')
      expect(part).not.toContain('invoice')
      expect(part).not.toContain('Evil Corp')
      expect(part).not.toContain('Support team')
    }
    expect(confirmation!.subject).toContain(reference)
    expect(confirmation!.text).toContain(reference)
    expect(confirmation!.html).toContain(reference)

    // The fixed summary: what was picked from our own lists, in our own words.
    const payload = await testPayload()
    const closing = await payload.findGlobal({ slug: 'closing-cta' })
    const areas = await payload.find({
      collection: 'service-areas',
      where: { id: { in: body.areas } },
      depth: 0,
    })
    for (const area of areas.docs) expect(confirmation!.text).toContain(area.title)
    expect(confirmation!.text).toContain('In 1–3 months')
    expect(confirmation!.text).toContain(closing.form.confirmationEmail.signature)

    // Sales still see everything the visitor wrote, escaped.
    expect(sales!.text).toContain(lure)
  })
})
