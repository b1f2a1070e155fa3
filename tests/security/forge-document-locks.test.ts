import type { Payload, Where } from 'payload'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'

import type { User } from '@/payload-types'

import { signIn } from '../support/api'
import { appUrl } from '../support/context'
import { testPayload } from '../support/payload'
import { makeLead, seededUser } from '../support/triageLeads'

type Target = { document: { relationTo: string; value: number } } | { globalSlug: string }

/** "X is editing this": a lock as the admin's REST calls create it, in whoever's name we pass. */
async function lock(session: Record<string, string>, target: Target, user?: User) {
  const res = await fetch(appUrl('/api/payload-locked-documents'), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...session },
    body: JSON.stringify({ ...target, ...(user ? { user: { relationTo: 'users', value: user.id } } : {}) }),
  })
  const body = (await res.json()) as { doc?: { id: number }; errors?: { message: string }[] }
  return { status: res.status, body }
}

/** Who the stored locks on a target are recorded as. */
async function holders(payload: Payload, target: Target): Promise<number[]> {
  const where: Where =
    'globalSlug' in target
      ? { globalSlug: { equals: target.globalSlug } }
      : {
          and: [
            { 'document.relationTo': { equals: target.document.relationTo } },
            { 'document.value': { equals: target.document.value } },
          ],
        }
  const { docs } = await payload.find({ collection: 'payload-locked-documents', where, depth: 0 })
  return docs.map((d) => (typeof d.user.value === 'object' ? d.user.value.id : d.user.value))
}

describe('forging document locks', () => {
  let payload: Payload
  let sales: Record<string, string>
  let marketing: Record<string, string>
  let users: Record<'admin' | 'marketing' | 'sales', User>

  beforeAll(async () => {
    payload = await testPayload()
    sales = await signIn('sales')
    marketing = await signIn('marketing')
    users = {
      admin: await seededUser(payload, 'admin'),
      marketing: await seededUser(payload, 'marketing'),
      sales: await seededUser(payload, 'sales'),
    }
  })
  afterEach(async () => {
    await payload.delete({ collection: 'payload-locked-documents', where: { id: { exists: true } } })
  })

  it("sales cannot lock a lead in marketing's name: the lock is recorded as sales'", async () => {
    const lead = await makeLead(payload)
    const target = { document: { relationTo: 'leads', value: lead.id } }
    const { status } = await lock(sales, target, users.marketing)
    const stored = await holders(payload, target)
    if (status < 400) expect(stored).toEqual([users.sales.id])
    else expect(stored).toEqual([])
    expect(stored).not.toContain(users.marketing.id)
  })

  it("sales cannot hand their lock over to someone else's name by updating it", async () => {
    const lead = await makeLead(payload)
    const target = { document: { relationTo: 'leads', value: lead.id } }
    const created = await lock(sales, target)
    expect(created.status).toBe(201)
    const res = await fetch(appUrl(`/api/payload-locked-documents/${created.body.doc!.id}`), {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', ...sales },
      body: JSON.stringify({ user: { relationTo: 'users', value: users.admin.id } }),
    })
    expect(res.status).toBeLessThan(500)
    expect(await holders(payload, target)).toEqual([users.sales.id])
  })

  it("marketing cannot lock another staff member's account: 403, nothing stored", async () => {
    const target = { document: { relationTo: 'users', value: users.admin.id } }
    const { status, body } = await lock(marketing, target)
    expect(status).toBe(403)
    expect(body.errors?.[0]?.message).toMatch(/not allowed/i)
    expect(await holders(payload, target)).toEqual([])
  })

  it("sales cannot lock another staff member's account, nor a global they only read", async () => {
    const account = { document: { relationTo: 'users', value: users.marketing.id } }
    expect((await lock(sales, account)).status).toBe(403)
    expect(await holders(payload, account)).toEqual([])
    const hero = { globalSlug: 'hero' }
    expect((await lock(sales, hero)).status).toBe(403)
    expect(await holders(payload, hero)).toEqual([])
  })

  it('a lock on something that is no collection is refused with a 4xx, not a crash', async () => {
    for (const relationTo of ['toString', 'no-such-collection']) {
      const { status } = await lock(marketing, { document: { relationTo, value: 1 } })
      expect(status).toBeGreaterThanOrEqual(400)
      expect(status).toBeLessThan(500)
    }
  })

  it('marketing still locks what it edits (an FAQ, a global, its own account), in its own name', async () => {
    const faq = (await payload.find({ collection: 'faqs', limit: 1, depth: 0 })).docs[0]!
    for (const target of [
      { document: { relationTo: 'faqs', value: faq.id } },
      { globalSlug: 'hero' },
      { document: { relationTo: 'users', value: users.marketing.id } },
    ]) {
      const { status } = await lock(marketing, target, users.admin)
      expect(status).toBe(201)
      expect(await holders(payload, target)).toEqual([users.marketing.id])
    }
  })
})
