import { describe, expect, it } from 'vitest'

import { leadAdminUrl } from '@/lib/leads/adminUrl'
import { salesPanel, startOfWeek } from '@/lib/leads/dashboard'

import { sessionToken } from './support/api'
import { rest, type Caller } from './support/apiPaths'
import { hoursAgo, makeLead, seededUser } from './support/triageLeads'
import { testPayload } from './support/payload'

const countOf = (panel: Awaited<ReturnType<typeof salesPanel>>, key: string) =>
  panel.counts.find((c) => c.key === key)!.count

describe('the sales panel on the admin home', () => {
  it('counts new, overdue and this week’s leads, and links to the list filtered the same way', async () => {
    const payload = await testPayload()
    const sales = { ...(await seededUser(payload, 'sales')), collection: 'users' as const }
    const before = await salesPanel(payload, sales)

    const fresh = await makeLead(payload, { receivedAt: new Date().toISOString() })
    const late = await makeLead(payload, { receivedAt: hoursAgo(30) })
    const answered = await makeLead(payload, { receivedAt: hoursAgo(2) })
    await payload.update({ collection: 'leads', id: answered.id, data: { status: 'contacted' } })
    const lastMonth = await makeLead(payload, { receivedAt: hoursAgo(24 * 40) })
    await payload.update({ collection: 'leads', id: lastMonth.id, data: { status: 'lost' } })

    const now = new Date()
    const after = await salesPanel(payload, sales, now)
    expect(countOf(after, 'new') - countOf(before, 'new')).toBe(2)
    expect(countOf(after, 'overdue') - countOf(before, 'overdue')).toBe(1)
    const thisWeek = [fresh, late, answered].filter(
      (l) => l.receivedAt >= startOfWeek(now).toISOString(),
    ).length
    expect(countOf(after, 'week') - countOf(before, 'week')).toBe(thisWeek)
    expect(after.newest[0]).toMatchObject({ id: fresh.id, overdue: false })
    expect(after.newest.find((l) => l.id === late.id)?.overdue ?? true).toBe(true)

    // Each link opens the list with a filter that finds exactly what the panel counted.
    const caller: Caller = { role: 'sales', user: sales, token: await sessionToken('sales') }
    for (const c of after.counts) {
      const url = new URL(c.href, 'http://admin.invalid')
      expect(url.pathname).toBe('/admin/collections/leads')
      const res = await rest(caller, 'GET', `/leads?${url.searchParams.toString()}&limit=1&depth=0`)
      expect(res.status).toBe(200)
      expect((res.data as { totalDocs: number }).totalDocs, c.key).toBe(c.count)
    }
  })

  it('refuses to count leads for a role without access to them', async () => {
    const payload = await testPayload()
    const marketing = { ...(await seededUser(payload, 'marketing')), collection: 'users' as const }
    await expect(salesPanel(payload, marketing)).rejects.toThrow(/not allowed/i)
  })

  it('links the notification email straight to the lead in the admin', () => {
    expect(leadAdminUrl(42, 'https://paiteq.example/')).toBe(
      'https://paiteq.example/admin/collections/leads/42',
    )
    expect(leadAdminUrl(42)).toBe(`${process.env.NEXT_PUBLIC_SERVER_URL}/admin/collections/leads/42`)
  })
})
