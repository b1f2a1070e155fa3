import { afterAll, describe, expect, it } from 'vitest'

import { allowedNext } from '@/lib/leads/workflow'
import type { Lead } from '@/payload-types'

import { testPayload } from './support/payload'
import { hoursAgo, makeLead, otherSalesUser, seededUser } from './support/triageLeads'

/** The field messages of a refused change (Payload's ValidationError carries them in `data`). */
async function refusal(attempt: Promise<unknown>): Promise<string> {
  try {
    await attempt
  } catch (error) {
    const errors = (error as { data?: { errors?: { path: string; message: string }[] } }).data?.errors ?? []
    return errors.map((e) => `${e.path}: ${e.message}`).join('\n') || String(error)
  }
  throw new Error('The change was accepted.')
}

const asUser = async (role: 'sales' | 'admin' | 'marketing') => ({
  user: { ...(await seededUser(await testPayload(), role)), collection: 'users' as const },
  overrideAccess: false as const,
})

describe('lead workflow', () => {
  afterAll(async () => {
    const payload = await testPayload()
    await payload.delete({ collection: 'users', where: { email: { equals: 'sam.sales@paiteq.example' } } })
  })

  it('records the first response when a lead leaves new, once, with who and when', async () => {
    const payload = await testPayload()
    const sales = await asUser('sales')
    const lead = await makeLead(payload)
    expect(lead.status).toBe('new')
    expect(lead.firstResponseAt).toBeFalsy()

    const before = Date.now()
    const contacted = await payload.update({
      collection: 'leads',
      id: lead.id,
      data: { status: 'contacted' },
      ...sales,
    })
    expect(contacted.status).toBe('contacted')
    const first = new Date(contacted.firstResponseAt as string).getTime()
    expect(first).toBeGreaterThanOrEqual(before - 1000)
    expect(first).toBeLessThanOrEqual(Date.now() + 1000)
    expect(contacted.activity).toHaveLength(1)
    expect(contacted.activity?.[0]).toMatchObject({ kind: 'status', from: 'new', to: 'contacted' })
    expect(contacted.activity?.[0]!.by).toMatchObject({ id: sales.user.id })

    const qualified = await payload.update({
      collection: 'leads',
      id: lead.id,
      data: { status: 'qualified' },
      ...sales,
    })
    expect(qualified.firstResponseAt).toBe(contacted.firstResponseAt)
    expect(qualified.activity?.map((a) => `${a.from}→${a.to}`)).toEqual([
      'new→contacted',
      'contacted→qualified',
    ])
  })

  it('walks the whole pipeline to won, and reopens a lost lead', async () => {
    const payload = await testPayload()
    const sales = await asUser('sales')
    const lead = await makeLead(payload)
    for (const status of ['contacted', 'qualified', 'proposal', 'won'] as const) {
      const next = await payload.update({ collection: 'leads', id: lead.id, data: { status }, ...sales })
      expect(next.status).toBe(status)
    }
    const lost = await makeLead(payload)
    await payload.update({ collection: 'leads', id: lost.id, data: { status: 'lost' }, ...sales })
    const reopened = await payload.update({
      collection: 'leads',
      id: lost.id,
      data: { status: 'contacted' },
      ...sales,
    })
    expect(reopened.status).toBe('contacted')
    expect(reopened.activity?.map((a) => a.to)).toEqual(['lost', 'contacted'])

    // A lead flagged as spam on arrival (honeypot, too fast) is filed as spam; rescuing it clears the flag.
    const spam = await makeLead(payload, { spam: true })
    expect(spam.status).toBe('spam')
    const rescued = await payload.update({
      collection: 'leads',
      id: spam.id,
      data: { status: 'new' },
      ...sales,
    })
    expect(rescued.status).toBe('new')
    expect(rescued.spam).toBe(false)
  })

  it('refuses a move the workflow does not allow, with a message naming the allowed ones', async () => {
    const payload = await testPayload()
    const sales = await asUser('sales')
    const lead = await makeLead(payload)
    await payload.update({ collection: 'leads', id: lead.id, data: { status: 'proposal' }, ...sales })
    const message = await refusal(
      payload.update({ collection: 'leads', id: lead.id, data: { status: 'new' }, ...sales }),
    )
    expect(message).toContain('status: A proposal lead cannot move to new.')
    expect(message).toContain(allowedNext('proposal').join(', '))
    const stored = await payload.findByID({ collection: 'leads', id: lead.id })
    expect(stored.status).toBe('proposal')
    expect(stored.activity).toHaveLength(1)
  })

  it('assigns owners among sales users only and records owner changes', async () => {
    const payload = await testPayload()
    const sales = await asUser('sales')
    const sam = await otherSalesUser(payload)
    const marketing = await seededUser(payload, 'marketing')
    const lead = await makeLead(payload)

    const owned = await payload.update({
      collection: 'leads',
      id: lead.id,
      data: { owner: sales.user.id },
      ...sales,
    })
    expect(owned.owner).toMatchObject({ id: sales.user.id })
    const handed = await payload.update({
      collection: 'leads',
      id: lead.id,
      data: { owner: sam.id },
      ...sales,
    })
    expect(handed.activity?.map((a) => [a.kind, a.from, a.to])).toEqual([
      ['owner', '', sales.user.name],
      ['owner', sales.user.name, 'Sam Sales'],
    ])
    expect(
      await refusal(
        payload.update({ collection: 'leads', id: lead.id, data: { owner: marketing.id }, ...sales }),
      ),
    ).toMatch(/^owner: /)
    const stored = await payload.findByID({ collection: 'leads', id: lead.id, depth: 0 })
    expect(stored.owner).toBe(sam.id)
  })

  it('keeps notes with author and time set by the server, and never lets them be rewritten', async () => {
    const payload = await testPayload()
    const sales = await asUser('sales')
    const admin = await asUser('admin')
    const lead = await makeLead(payload)

    const withNote = await payload.update({
      collection: 'leads',
      id: lead.id,
      data: { newNote: 'Called, left a voicemail.' } as Partial<Lead>,
      ...sales,
    })
    expect(withNote.notes).toHaveLength(1)
    const note = withNote.notes![0]!
    expect(note.body).toBe('Called, left a voicemail.')
    expect(note.author).toMatchObject({ id: sales.user.id })
    expect(Date.now() - new Date(note.createdAt as string).getTime()).toBeLessThan(10_000)
    expect(withNote.activity?.at(-1)).toMatchObject({ kind: 'note' })

    // A client sending a rewritten notes array (even an admin) changes nothing.
    for (const who of [sales, admin]) {
      await payload.update({
        collection: 'leads',
        id: lead.id,
        data: {
          notes: [
            { ...note, body: 'They said yes!' },
            { body: 'forged', createdAt: '2020-01-01T00:00:00.000Z' },
          ],
        },
        ...who,
      })
    }
    // Server code bypassing access control is refused outright.
    expect(
      await refusal(
        payload.update({
          collection: 'leads',
          id: lead.id,
          data: { notes: [{ ...note, author: sales.user.id, body: 'rewritten' }] },
          overrideAccess: true,
        }),
      ),
    ).toBe('notes: Notes cannot be changed or removed once they are added.')
    expect(
      await refusal(
        payload.update({ collection: 'leads', id: lead.id, data: { notes: [] }, overrideAccess: true }),
      ),
    ).toBe('notes: Notes cannot be changed or removed once they are added.')

    const second = await payload.update({
      collection: 'leads',
      id: lead.id,
      data: { newNote: 'Meeting booked for Tuesday.' } as Partial<Lead>,
      ...admin,
    })
    expect(second.notes?.map((n) => n.body)).toEqual([
      'Called, left a voicemail.',
      'Meeting booked for Tuesday.',
    ])
    expect(second.notes?.[0]!.createdAt).toBe(note.createdAt)
    expect(second.notes?.[1]!.author).toMatchObject({ id: admin.user.id })
  })
})

describe('response target (LEAD_SLA_HOURS)', () => {
  it('marks a lead overdue once it has been new for longer than the target', async () => {
    const payload = await testPayload()
    const fresh = await makeLead(payload, { receivedAt: hoursAgo(23) })
    const late = await makeLead(payload, { receivedAt: hoursAgo(25) })
    const answered = await makeLead(payload, { receivedAt: hoursAgo(30) })
    await payload.update({
      collection: 'leads',
      id: answered.id,
      data: { status: 'contacted' },
      ...(await asUser('sales')),
    })

    const read = async (id: number) => payload.findByID({ collection: 'leads', id })
    expect((await read(fresh.id)).overdue).toBe(false)
    expect((await read(fresh.id)).age).toBe('23 h')
    expect((await read(late.id)).overdue).toBe(true)
    expect((await read(late.id)).age).toBe('25 h · overdue')
    expect((await read(answered.id)).overdue).toBe(false)
  })

  it('follows LEAD_SLA_HOURS when it is set', async () => {
    const payload = await testPayload()
    const lead = await makeLead(payload, { receivedAt: hoursAgo(5) })
    const previous = process.env.LEAD_SLA_HOURS
    process.env.LEAD_SLA_HOURS = '4'
    try {
      expect((await payload.findByID({ collection: 'leads', id: lead.id })).overdue).toBe(true)
    } finally {
      if (previous === undefined) delete process.env.LEAD_SLA_HOURS
      else process.env.LEAD_SLA_HOURS = previous
    }
    expect((await payload.findByID({ collection: 'leads', id: lead.id })).overdue).toBe(false)
  })
})
