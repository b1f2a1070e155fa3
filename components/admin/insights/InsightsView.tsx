import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'
import { formatAdminURL } from 'payload/shared'

import { canSeeProspects } from '@/lib/access/canSeeProspects'
import { canViewInsights } from '@/lib/access/canViewInsights'
import { loadGlobal } from '@/lib/content/load'
import type { Breakdown } from '@/lib/insights/breakdown'
import { weekListUrl } from '@/lib/insights/links'
import { loadInsights } from '@/lib/insights/load'
import { INSIGHTS_PATH } from '@/lib/insights/path'
import { parseRange } from '@/lib/insights/range'

import { BreakdownSection } from './BreakdownSection'
import { longDay } from './format'
import { FunnelSection } from './FunnelSection'
import { RangeForm } from './RangeForm'
import { ResponseSection } from './ResponseSection'
import { WeeklySection } from './WeeklySection'

const one = (value: string | string[] | undefined) =>
  Array.isArray(value) ? (value[0] ?? '') : (value ?? '')

/**
 * A breakdown's rows as bars, the value missing shown as `none`, a value named by `labels` with its name, the
 * tail as one `other` bar.
 */
const barsOf = ({ rows, other }: Breakdown, none: string, labels: Map<string, string> = new Map()) => [
  ...rows.map((row) => ({
    key: row.key ?? '(none)',
    label: row.key === null ? none : labels.has(row.key) ? `${labels.get(row.key)} (${row.key})` : row.key,
    count: row.count,
  })),
  ...(other > 0 ? [{ key: '(other)', label: 'Everything else', count: other }] : []),
]

/**
 * `/admin/insights`: enquiries per week by status, by source, decide-tree outcome and service area, the funnel
 * and time to first response, for a date range. Counts only, aggregated in Postgres; sales and admins also get
 * each weekly count as a link to the leads it counted, marketing (no access to leads) does not.
 *
 * Payload lets any signed-in or signed-out request reach a custom view, so the view checks the session itself,
 * before any query: signed out (or a session that does not verify), it redirects to the sign-in. The admin's
 * page is already streaming by then, so Next sends that redirect inside the page, not as a 307.
 */
export async function InsightsView({
  initPageResult,
  params,
  searchParams,
  i18n,
  payload,
}: AdminViewServerProps) {
  const { req, permissions, locale, visibleEntities } = initPageResult
  const user = req.user
  const adminRoute = payload.config.routes.admin
  if (!user) {
    const query = new URLSearchParams()
    query.set('redirect', formatAdminURL({ adminRoute, path: INSIGHTS_PATH }))
    redirect(`${formatAdminURL({ adminRoute, path: payload.config.admin.routes.login })}?${query}`)
  }
  if (!canViewInsights(user))
    redirect(formatAdminURL({ adminRoute, path: payload.config.admin.routes.unauthorized }))

  const parsed = parseRange(searchParams)
  const [insights, tree] = parsed.ok
    ? await Promise.all([loadInsights(payload, user, parsed.range), loadGlobal('decide-tree')])
    : [null, null]
  // The published decide tree names its outcomes; a lead records the key.
  const outcomeTitles = new Map((tree?.outcomes ?? []).map((o) => [o.key, o.title]))
  const links = canSeeProspects(user)

  return (
    <DefaultTemplate
      i18n={i18n}
      locale={locale}
      params={params}
      payload={payload}
      permissions={permissions}
      req={req}
      searchParams={searchParams}
      user={user}
      visibleEntities={visibleEntities}
    >
      <Gutter>
        <h1 style={{ marginTop: 'calc(var(--base) * 2)' }}>Insights</h1>
        <RangeForm
          from={parsed.ok ? parsed.range.from : one(searchParams?.from)}
          to={parsed.ok ? parsed.range.to : one(searchParams?.to)}
          error={parsed.ok ? undefined : parsed.message}
        />
        {insights && (
          <>
            <p data-insights="summary" style={{ marginBottom: 'calc(var(--base) * 1.5)' }}>
              {`${longDay(insights.range.from)} to ${longDay(insights.range.to)}: `}
              <strong data-count="genuine">{insights.totals.genuine}</strong> enquiries,{' '}
              <span data-count="spam">{insights.totals.spam}</span> more filed as spam (counted only in the
              first chart).
            </p>
            <WeeklySection
              weeks={insights.weekly}
              listUrl={links ? (week, status) => weekListUrl(insights.range, week, status) : undefined}
            />
            <BreakdownSection
              id="source"
              title="By source"
              description="The UTM source of the landing page, else the site that referred the visitor, else none (typed or bookmarked)."
              bars={barsOf(insights.source, 'None (direct)')}
              total={insights.totals.genuine}
            />
            <BreakdownSection
              id="outcome"
              title="By decide-tree outcome"
              description="The outcome of the “where to start” decide tree the visitor followed to the form, if any."
              bars={barsOf(insights.outcome, 'None (came another way)', outcomeTitles)}
              total={insights.totals.genuine}
            />
            <BreakdownSection
              id="area"
              title="By service area"
              description="The service areas chosen on the form; an enquiry may choose several, so the bars add up to more than the enquiries."
              bars={insights.areas.map((area) => ({
                key: area.id === null ? '(none)' : String(area.id),
                label: area.id === null ? 'None chosen' : (area.title ?? `Area ${area.id}`),
                count: area.count,
              }))}
              total={insights.totals.genuine}
            />
            <FunnelSection funnel={insights.funnel} />
            <ResponseSection response={insights.response} slaHours={insights.slaHours} />
          </>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}
