import { describe, expect, it } from 'vitest'

import { linkDuplicates } from '@/lib/leads/linkDuplicates'

import { testPayload } from './support/payload'
import { hoursAgo, makeLead, withDuplicatesLinked } from './support/triageLeads'

const days = (n: number) => hoursAgo(n * 24)
const ids = (lead: { duplicates?: unknown[] | null }) =>
  (lead.duplicates ?? []).map((d) => (typeof d === 'object' && d ? (d as { id: number }).id : d))
/** A lead made the way the form's intake makes one, once its queued duplicate link has run. */
const linkedLead = async (...args: Parameters<typeof makeLead>) =>
  withDuplicatesLinked(args[0], await makeLead(...args))
/** Three enquiries from one address, three days ago, two days ago and now, each linked as it arrived. */
const threeFromOneAddress = async (payload: Parameters<typeof makeLead>[0], email: string) => {
  const first = await linkedLead(payload, { email, receivedAt: days(3) })
  const second = await linkedLead(payload, { email, receivedAt: days(2) })
  return { first, second, lead: await linkedLead(payload, { email }) }
}

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

  it('lists duplicates as ids at depth 1, while its other relationships are populated', async () => {
    const payload = await testPayload()
    const { first, second, lead } = await threeFromOneAddress(
      payload,
      `grace.${Date.now()}@hopper-${Date.now()}.example`,
    )
    const { docs } = await payload.find({
      collection: 'leads',
      where: { id: { in: [first.id, second.id, lead.id] } },
      sort: '-receivedAt',
      depth: 1,
      limit: 10,
    })
    const listed = docs.find((doc) => doc.id === lead.id)
    expect(listed?.duplicates).toEqual([second.id, first.id])
    expect(listed?.areas?.length).toBeGreaterThan(0)
    expect(listed?.areas?.every((area) => typeof area === 'object' && area !== null && 'title' in area)).toBe(
      true,
    )
  })

  it('links the 20 most recent earlier leads, newest first, and one received at the same moment only if it came first', async () => {
    const payload = await testPayload()
    const domain = `busy-${Date.now()}.example`
    const older: number[] = [] // 25 days ago down to yesterday
    for (let day = 25; day >= 1; day--)
      older.push((await makeLead(payload, { email: `p${day}@${domain}`, receivedAt: days(day) })).id)
    const now = new Date().toISOString()
    const sameBefore = await makeLead(payload, { email: `before@${domain}`, receivedAt: now })
    const lead = await makeLead(payload, { email: `me@${domain}`, receivedAt: now })
    const sameAfter = await makeLead(payload, { email: `after@${domain}`, receivedAt: now })

    const linked = await linkDuplicates(payload, lead.id)
    expect(linked).toEqual([sameBefore.id, ...older.toReversed().slice(0, 19)])
    expect(linked).not.toContain(sameAfter.id)
    const stored = await payload.findByID({
      collection: 'leads',
      id: lead.id,
      depth: 0,
      overrideAccess: true,
    })
    expect(ids(stored)).toEqual(linked)
  })

  it('links nothing for a first enquiry', async () => {
    const payload = await testPayload()
    const lead = await linkedLead(payload)
    expect(ids(lead)).toEqual([])
  })

  it('keeps one set of links when two workers link the same lead at once, and drops a link whose lead is gone', async () => {
    const payload = await testPayload()
    const { first, second, lead } = await threeFromOneAddress(
      payload,
      `twice.${Date.now()}@runners-${Date.now()}.example`,
    )
    // A retry after a lease ran out, while the first run still goes: both at once, several times over.
    await Promise.all(Array.from({ length: 6 }, () => linkDuplicates(payload, lead.id)))
    const again = await payload.findByID({ collection: 'leads', id: lead.id, depth: 0, overrideAccess: true })
    expect(ids(again)).toEqual([second.id, first.id])

    await payload.delete({ collection: 'leads', id: second.id, overrideAccess: true })
    expect(await linkDuplicates(payload, lead.id)).toEqual([first.id])
    const after = await payload.findByID({ collection: 'leads', id: lead.id, depth: 0, overrideAccess: true })
    expect(ids(after)).toEqual([first.id])
  })
})
