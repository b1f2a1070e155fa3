import { beforeAll, describe, expect, it } from 'vitest'

import type { Role } from '@/lib/access/roles'

import { rest, signedInCaller, type Caller } from './support/apiPaths'
import { appUrl } from './support/context'
import { parseCsv } from './support/csv'
import { hoursAgo, makeLead } from './support/triageLeads'
import { testPayload } from './support/payload'

const callers = {} as Record<Role | 'anonymous', Caller>

beforeAll(async () => {
  const payload = await testPayload()
  callers.anonymous = { role: 'anonymous', user: null, token: null }
  for (const role of ['admin', 'marketing', 'sales'] as Role[])
    callers[role] = await signedInCaller(payload, role)
})

describe('CSV export of the leads list', () => {
  const exportBody = (marker: string) => ({
    data: {
      collectionSlug: 'leads',
      format: 'csv',
      sort: '-receivedAt',
      fields: ['reference', 'name', 'email', 'company', 'status', 'receivedAt', 'ipHash'],
      where: { and: [{ status: { equals: 'new' } }, { company: { like: marker } }] },
    },
  })

  it('exports exactly the filtered leads, newest first, for sales', async () => {
    const payload = await testPayload()
    const marker = `Exportco${Date.now()}`
    const older = await makeLead(payload, {
      company: `${marker} Holdings, "EU"`,
      name: 'Zoë "Z" Ng',
      receivedAt: hoursAgo(3),
      ipHash: 'hash-of-an-ip',
    })
    const newer = await makeLead(payload, { company: `${marker} Labs`, receivedAt: hoursAgo(1) })
    const contacted = await makeLead(payload, { company: `${marker} Gone`, receivedAt: hoursAgo(2) })
    await payload.update({ collection: 'leads', id: contacted.id, data: { status: 'contacted' } })
    await makeLead(payload, { company: 'Unrelated Inc' })

    const res = await rest(callers.sales, 'POST', '/exports/download', exportBody(marker))
    expect(res.status).toBe(200)
    const rows = parseCsv(res.data as string)
    expect(rows.map((r) => r.reference)).toEqual([newer.reference, older.reference])
    expect(rows[1]).toMatchObject({
      name: 'Zoë "Z" Ng',
      email: older.email,
      company: `${marker} Holdings, "EU"`,
      status: 'new',
    })
    expect(new Date(rows[1]!.receivedAt ?? '').toISOString()).toBe(older.receivedAt)
    // Sales may not read connection details: the column stays empty for them.
    expect(rows[1]!.ipHash ?? '').toBe('')

    const asAdmin = parseCsv(
      (await rest(callers.admin, 'POST', '/exports/download', exportBody(marker))).data as string,
    )
    expect(asAdmin.map((r) => r.reference)).toEqual([newer.reference, older.reference])
    expect(asAdmin[1]!.ipHash).toBe('hash-of-an-ip')
  })

  it('refuses marketing and visitors', async () => {
    const marketing = await rest(callers.marketing, 'POST', '/exports/download', exportBody('x'))
    expect(marketing.status).toBe(403)
    expect(String(marketing.data)).not.toContain('reference')
    const anonymous = await rest(callers.anonymous, 'POST', '/exports/download', exportBody('x'))
    expect(anonymous.status).toBe(401)
    for (const who of [callers.marketing, callers.anonymous]) {
      expect(
        (await rest(who, 'POST', '/exports/export-preview', exportBody('x'))).status,
      ).toBeGreaterThanOrEqual(401)
    }
  })
})

describe('erasing one person on request', () => {
  it('lets an admin erase, and nobody else', async () => {
    const payload = await testPayload()
    const email = `forget.me.${Date.now()}@initech.example`
    const lead = await makeLead(payload, { email })
    for (const who of ['anonymous', 'marketing', 'sales'] as const) {
      const res = await rest(callers[who], 'POST', '/leads/erase', { email })
      expect(res.status).toBe(who === 'anonymous' ? 401 : 403)
      expect(
        (await payload.count({ collection: 'leads', where: { id: { equals: lead.id } } })).totalDocs,
      ).toBe(1)
    }
    const bad = await rest(callers.admin, 'POST', '/leads/erase', { email: 'not an address' })
    expect(bad.status).toBe(400)
    const res = await rest(callers.admin, 'POST', '/leads/erase', { email: email.toUpperCase() })
    expect(res.status).toBe(200)
    expect(res.data).toMatchObject({ email, leads: 1 })
    expect((await payload.count({ collection: 'leads', where: { id: { equals: lead.id } } })).totalDocs).toBe(
      0,
    )
  })
})

describe('other ways in', () => {
  it('closes first-user registration once a user exists', async () => {
    const payload = await testPayload()
    const before = (await payload.count({ collection: 'users' })).totalDocs
    const res = await rest(callers.anonymous, 'POST', '/users/first-register', {
      email: `first.${Date.now()}@evil.example`,
      password: 'a-long-password',
      role: 'admin',
    })
    expect(res.status).toBe(403)
    expect((await payload.count({ collection: 'users' })).totalDocs).toBe(before)
  })

  it('lets only admins run the job queue through the API', async () => {
    for (const who of ['anonymous', 'marketing', 'sales'] as const) {
      const res = await rest(callers[who], 'GET', '/payload-jobs/run?queue=nothing-here')
      expect(res.status, who).toBe(401)
    }
    expect((await rest(callers.admin, 'GET', '/payload-jobs/run?queue=nothing-here')).status).toBe(200)
  })

  it('ignores the session cookie on a request from another site', async () => {
    const payload = await testPayload()
    const lead = await makeLead(payload)
    const res = await fetch(appUrl(`/api/leads/${lead.id}`), {
      method: 'PATCH',
      headers: {
        cookie: `payload-token=${callers.sales.token}`,
        origin: 'https://evil.example',
        'content-type': 'application/json',
      },
      body: JSON.stringify({ status: 'lost' }),
    })
    expect(res.status).toBe(403)
    expect((await payload.findByID({ collection: 'leads', id: lead.id })).status).toBe('new')
  })

  it('hides connection details of a lead from sales but not from admins', async () => {
    const payload = await testPayload()
    const lead = await makeLead(payload, { ipHash: 'abc123', userAgent: 'Mozilla/5.0' })
    const sales = (await rest(callers.sales, 'GET', `/leads/${lead.id}`)).data as Record<string, unknown>
    expect(sales.email).toBe(lead.email)
    expect(sales).not.toHaveProperty('ipHash')
    expect(sales).not.toHaveProperty('userAgent')
    const admin = (await rest(callers.admin, 'GET', `/leads/${lead.id}`)).data as Record<string, unknown>
    expect(admin.ipHash).toBe('abc123')
  })
})
