import type { ServerProps } from 'payload'

import { canViewInsights } from '@/lib/access/canViewInsights'
import { hasRole } from '@/lib/access/roles'
import { INSIGHTS_URL } from '@/lib/insights/path'
import { leadAdminUrl } from '@/lib/leads/adminUrl'
import { salesPanel } from '@/lib/leads/dashboard'
import { slaHours } from '@/lib/env/leads'
import { ageLabel } from '@/lib/leads/sla'

const box = {
  border: '1px solid var(--theme-elevation-150)',
  borderRadius: 'var(--style-radius-m, 4px)',
  padding: 'calc(var(--base) * 0.75)',
  textDecoration: 'none',
  color: 'inherit',
  minWidth: '10rem',
  display: 'block',
} as const

const insightsLink = (
  <a href={INSIGHTS_URL} data-panel="insights">
    Insights: enquiries by week, source, outcome and area, the funnel and response times
  </a>
)

/**
 * The sales panel on the admin home: new, overdue and this week's leads, and the newest ones, and a link to
 * the insights; marketing, who may not read leads, gets the link alone.
 */
export async function LeadsPanel({ payload, user }: ServerProps) {
  if (!user || !hasRole(user, 'admin', 'sales')) {
    return canViewInsights(user) ? (
      <section
        aria-label="Insights"
        className="insights-link"
        style={{ marginBottom: 'calc(var(--base) * 2)' }}
      >
        <p>{insightsLink}</p>
      </section>
    ) : null
  }
  const { counts, newest } = await salesPanel(payload, { ...user, collection: 'users' })
  return (
    <section
      aria-labelledby="leads-panel-title"
      className="leads-panel"
      style={{ marginBottom: 'calc(var(--base) * 2)' }}
    >
      <h2 id="leads-panel-title" style={{ marginBottom: 'calc(var(--base) * 0.5)' }}>
        Leads
      </h2>
      <p style={{ margin: '0 0 calc(var(--base) * 0.5)' }}>{insightsLink}</p>
      <ul
        style={{
          display: 'flex',
          gap: 'var(--base)',
          listStyle: 'none',
          padding: 0,
          margin: 0,
          flexWrap: 'wrap',
        }}
      >
        {counts.map((c) => (
          <li key={c.key}>
            <a href={c.href} style={box} data-panel={c.key}>
              <strong style={{ fontSize: '2rem', display: 'block' }}>{c.count}</strong>
              {c.label}
              {c.key === 'overdue' ? ` (over ${slaHours()} h)` : ''}
            </a>
          </li>
        ))}
      </ul>
      {newest.length > 0 && (
        <>
          <h3 style={{ margin: 'calc(var(--base) * 1) 0 calc(var(--base) * 0.5)' }}>Newest new leads</h3>
          <ul style={{ paddingLeft: 'var(--base)', margin: 0 }}>
            {newest.map((lead) => (
              <li key={lead.id}>
                <a href={leadAdminUrl(lead.id, '')} data-lead-id={lead.id}>
                  {lead.name}, {lead.company}
                </a>{' '}
                · {ageLabel(lead.receivedAt)} ago{lead.overdue ? ' · overdue' : ''}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}
