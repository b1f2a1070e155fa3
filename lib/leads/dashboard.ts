import type { Payload, Where } from 'payload'

import { leadsListUrl } from './adminUrl'
import { overdueBefore } from './sla'

export type PanelCount = { key: 'new' | 'overdue' | 'week'; label: string; count: number; href: string }
export type PanelLead = { id: number; name: string; company: string; receivedAt: string; overdue: boolean }

/** Monday 00:00 UTC of the week `now` falls in. */
export function startOfWeek(now: Date): Date {
  const day = (now.getUTCDay() + 6) % 7
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - day))
}

/**
 * What the sales panel on the admin home shows: how many leads are new, overdue and from this
 * week, each with a link to the list filtered the same way, and the newest new leads.
 * Read with the viewer's own access, so it shows nothing to a role without leads.
 */
export async function salesPanel(
  payload: Payload,
  user: { id: number | string; collection: 'users' } & Record<string, unknown>,
  now: Date = new Date(),
): Promise<{ counts: PanelCount[]; newest: PanelLead[] }> {
  const cutoff = overdueBefore(now).toISOString()
  const week = startOfWeek(now).toISOString()
  const defs: { key: PanelCount['key']; label: string; where: Record<string, Record<string, string>>[] }[] = [
    { key: 'new', label: 'New', where: [{ status: { equals: 'new' } }] },
    {
      key: 'overdue',
      label: 'Overdue',
      where: [{ status: { equals: 'new' } }, { receivedAt: { less_than: cutoff } }],
    },
    { key: 'week', label: 'This week', where: [{ receivedAt: { greater_than_equal: week } }] },
  ]
  const counts = await Promise.all(
    defs.map(async ({ key, label, where }) => {
      const { totalDocs } = await payload.count({
        collection: 'leads',
        where: { and: where as Where[] },
        user,
        overrideAccess: false,
      })
      return { key, label, count: totalDocs, href: leadsListUrl(where) }
    }),
  )
  const { docs } = await payload.find({
    collection: 'leads',
    where: { status: { equals: 'new' } },
    sort: '-receivedAt',
    limit: 5,
    depth: 0,
    select: { name: true, company: true, receivedAt: true },
    user,
    overrideAccess: false,
  })
  const newest = docs.map((lead) => ({
    id: lead.id,
    name: lead.name,
    company: lead.company,
    receivedAt: lead.receivedAt,
    overdue: lead.receivedAt < cutoff,
  }))
  return { counts, newest }
}
