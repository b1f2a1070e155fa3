import { describe, expect, it } from 'vitest'

import { testPayload } from './support/payload'
import { hoursAgo, makeLead, withDuplicatesLinked } from './support/triageLeads'

const days = (n: number) => hoursAgo(n * 24)
const ids = (lead: { duplicates?: unknown[] | null }) =>
  (lead.duplicates ?? []).map((d) => (typeof d === 'object' && d ? (d as { id: number }).id : d))
/** A lead made the way the form's intake makes one, once its queued duplicate link has run. */
const linkedLead = async (...args: Parameters<typeof makeLead>) =>
  withDuplicatesLinked(args[0], await makeLead(...args))

describe('duplicate leads', () => {
  it('links a lead to every earlier lead with the same email, however old, whatever its case', async () => {
    const payload = await testPayload()
    const stamp = Date.now()
    const first = await linkedLead(payload, { email: `ada.${stamp}@gmail.com`, receivedAt: days(400) })
    const second = await linkedLead(payload, { email: `Ada.${stamp}@Gmail.com`, receivedAt: days(10) })
    expect(ids(second)).toEqual([first.id])
    const third = await linkedLead(payload, { email: `ada.${stamp}@gmail.com` })
    expect(ids(third)).toEqual([second.id, first.id])
  })

  it('links leads from the same company domain within 90 days only', async () => {
    const payload = await testPayload()
    const domain = `acme-${Date.now()}.example`
    const old = await linkedLead(payload, { email: `lee@${domain}`, receivedAt: days(120) })
    const recent = await linkedLead(payload, { email: `kim@${domain}`, receivedAt: days(30) })
    const other = await linkedLead(payload, { email: `kim@sub.${domain}`, receivedAt: days(5) })
    const lead = await linkedLead(payload, { email: `max@${domain}` })
    expect(ids(lead)).toEqual([recent.id])
    expect(ids(lead)).not.toContain(old.id)
    expect(ids(lead)).not.toContain(other.id)
  })

  it('never links different people on a free-mail domain', async () => {
    const payload = await testPayload()
    await linkedLead(payload, { email: `someone.${Date.now()}@outlook.com`, receivedAt: days(1) })
    const lead = await linkedLead(payload, { email: `someone.else.${Date.now()}@outlook.com` })
    expect(ids(lead)).toEqual([])
  })

  it('links nothing for a first enquiry', async () => {
    const payload = await testPayload()
    const lead = await linkedLead(payload)
    expect(ids(lead)).toEqual([])
  })
})
