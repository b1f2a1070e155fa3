import type { FieldServerComponent } from 'payload'

import { leadAdminUrl, leadsListUrl } from '@/lib/leads/adminUrl'

import { when } from './when'

/** How many of the earlier leads are listed by name; the rest are one click away in the filtered list. */
const SHOWN = 5

/** The ids of a relationship value as read at depth 0 (ids) or deeper (documents). */
function relationIds(value: unknown): number[] {
  if (!Array.isArray(value)) return []
  return value
    .map((item: unknown) => (item && typeof item === 'object' && 'id' in item ? item.id : item))
    .filter((id): id is number => typeof id === 'number')
}

/**
 * The lead's earlier enquiries (same person, or same company lately) as a count and the five most recent,
 * each linking to its lead, with a link to the list filtered to all of them. Read with the signed-in user's
 * access, so it shows only leads they may open.
 */
export const LeadDuplicates: FieldServerComponent = async ({ data, payload, req }) => {
  const ids = relationIds(data?.duplicates)
  const found = ids.length
    ? await payload.find({
        collection: 'leads',
        where: { id: { in: ids } },
        sort: '-receivedAt',
        limit: SHOWN,
        depth: 0,
        select: { name: true, company: true, reference: true, receivedAt: true, status: true },
        overrideAccess: false,
        req,
      })
    : undefined
  const count = found?.totalDocs ?? 0
  return (
    <div className="field-type lead-duplicates" style={{ marginBottom: 'var(--base)' }}>
      <span className="field-label">Earlier enquiries</span>
      {!found || count === 0 ? (
        <p>None: no earlier lead from this address or company.</p>
      ) : (
        <>
          <p>
            <strong className="lead-duplicates__count">{count}</strong>{' '}
            {count === 1 ? 'earlier lead' : 'earlier leads'} from this person or company
            {count > found.docs.length ? `, the ${found.docs.length} most recent:` : ':'}
          </p>
          <ul style={{ paddingLeft: 'var(--base)', margin: '0 0 calc(var(--base) / 2)' }}>
            {found.docs.map((lead) => (
              <li key={lead.id}>
                <a href={leadAdminUrl(lead.id, '')} data-duplicate-id={lead.id}>
                  {lead.name}
                </a>{' '}
                · {lead.company} · {lead.reference} · {when(lead.receivedAt)} · {lead.status}
              </li>
            ))}
          </ul>
          <a className="lead-duplicates__all" href={leadsListUrl([{ id: { in: ids.join(',') } }])}>
            Show {count === 1 ? 'it' : `all ${count}`} in the list
          </a>
        </>
      )}
    </div>
  )
}
