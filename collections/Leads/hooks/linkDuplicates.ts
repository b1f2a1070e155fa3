import type { CollectionBeforeChangeHook, Where } from 'payload'

import { COMPANY_WINDOW_DAYS, companyDomain, normaliseEmail } from '@/lib/leads/duplicates'
import type { Lead } from '@/payload-types'

/**
 * At creation, links the new lead to earlier leads from the same person (same email, any
 * time) or the same company (same email domain within 90 days; free-mail domains never
 * match). Runs inside the creating transaction, whatever path created the lead.
 */
export const linkDuplicates: CollectionBeforeChangeHook<Lead> = async ({ data, operation, req }) => {
  if (operation !== 'create' || typeof data.email !== 'string' || !data.email.includes('@')) return data
  const email = normaliseEmail(data.email)
  const domain = companyDomain(email)
  const receivedAt = data.receivedAt ? new Date(data.receivedAt) : new Date()
  const since = new Date(receivedAt.getTime() - COMPANY_WINDOW_DAYS * 86_400_000)

  // `like` is a case-insensitive substring match: exact matches are checked below.
  const or: Where[] = [{ email: { like: email } }]
  if (domain) {
    or.push({
      and: [{ email: { like: `@${domain}` } }, { receivedAt: { greater_than_equal: since.toISOString() } }],
    })
  }
  const { docs } = await req.payload.find({
    collection: 'leads',
    where: { or },
    select: { email: true, receivedAt: true },
    sort: '-receivedAt',
    limit: 50,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const earlier = docs.filter((lead) => {
    const other = normaliseEmail(lead.email)
    if (other === email) return true
    return (
      domain !== null &&
      companyDomain(other) === domain &&
      new Date(lead.receivedAt).getTime() >= since.getTime() &&
      new Date(lead.receivedAt).getTime() <= receivedAt.getTime()
    )
  })
  if (earlier.length) data.duplicates = earlier.map((lead) => lead.id)
  return data
}
