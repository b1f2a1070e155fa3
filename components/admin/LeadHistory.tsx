import type { FieldServerComponent } from 'payload'

import type { Lead } from '@/payload-types'

import { when } from './when'

type Activity = NonNullable<Lead['activity']>[number]

const idOf = (v: Activity['by']) => (v && typeof v === 'object' ? v.id : v)

function describe(entry: Activity): string {
  if (entry.kind === 'status') return `moved it from ${entry.from} to ${entry.to}`
  if (entry.kind === 'owner') {
    if (!entry.to) return `removed the owner (${entry.from})`
    return entry.from ? `handed it from ${entry.from} to ${entry.to}` : `assigned it to ${entry.to}`
  }
  return 'added a note'
}

/** The lead's history as one line per change, newest first, above the raw activity rows. */
export const LeadHistory: FieldServerComponent = async ({ data, payload, req }) => {
  const activity = ((data as Partial<Lead> | undefined)?.activity ?? []) as Activity[]
  const ids = [
    ...new Set(activity.map((a) => idOf(a.by)).filter((id): id is number => typeof id === 'number')),
  ]
  const people = ids.length
    ? (
        await payload.find({
          collection: 'users',
          where: { id: { in: ids } },
          depth: 0,
          limit: ids.length,
          overrideAccess: false,
          req,
        })
      ).docs
    : []
  const name = (id: number | null | undefined) => {
    const user = people.find((p) => p.id === id)
    return user ? user.name || user.email : 'The system'
  }
  return (
    <div className="field-type lead-history" style={{ marginBottom: 'var(--base)' }}>
      <span className="field-label">History</span>
      {activity.length === 0 ? (
        <p>No changes yet: the lead is as it arrived.</p>
      ) : (
        <ol style={{ paddingLeft: 'var(--base)', margin: 0 }}>
          {[...activity].reverse().map((entry, i) => (
            <li key={entry.id ?? i}>
              <time dateTime={entry.at ?? undefined}>{when(entry.at)}</time> · {name(idOf(entry.by))}{' '}
              {describe(entry)}
            </li>
          ))}
        </ol>
      )}
    </div>
  )
}
