import { describe, expect, it } from 'vitest'

import { REFERENCE_PATTERN } from '@/lib/leads/reference'

import { fakeResend } from '../support/fakeResend'
import { leadsByEmail, postLead, validLead } from '../support/leads'
import { first } from '../support/first'

/** A script posts the JSON endpoint directly, with no fill time, to skip the minimum fill time. */
describe('posting the JSON endpoint without a fill time', () => {
  it('gets the same normal-looking success, is kept flagged as spam, and no email goes out', async () => {
    const { startedAt: _omitted, ...body } = await validLead()
    const res = await postLead(body)
    expect(res.status).toBe(201)
    expect(res.json.reference).toMatch(REFERENCE_PATTERN)

    const lead = first(await leadsByEmail(body.email as string))
    expect(lead).toMatchObject({ spam: true, spamReason: 'no-fill-time', status: 'spam' })
    expect(lead.salesNotification?.state).toBe('skipped')
    expect(lead.confirmation?.state).toBe('skipped')
    await new Promise((r) => setTimeout(r, 3000)) // several runs of the job runner
    expect((await fakeResend.forLead(lead.reference)).attempts).toHaveLength(0)
  })
})
