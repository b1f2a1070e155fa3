import { inArray } from '@payloadcms/db-postgres/drizzle'
import { parseHTML } from 'linkedom'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { postgres } from '@/lib/db/postgres'
import { startOfWeek } from '@/lib/leads/dashboard'
import type { LeadStatus } from '@/lib/leads/options'
import { sourceOf } from '@/lib/insights/source'
import { leadSource } from '@/lib/webhooks/message'
import type { Lead } from '@/payload-types'
import { leads } from '@/payload-generated-schema'

import { signIn } from './support/api'
import { rest, signedInCaller } from './support/apiPaths'
import { appUrl } from './support/context'
import { textOf } from './support/html'
import { testPayload } from './support/payload'
import { makeLead } from './support/triageLeads'

type Doc = ReturnType<typeof parseHTML>['document']

/** Two weeks of 2019, which no other test writes into: every count on the page is one of these leads. */
const RANGE = '?from=2019-03-04&to=2019-03-17'
const W1 = '2019-03-04'
const W2 = '2019-03-11'
const hour = 3_600_000

async function page(
  query: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; html: string; doc: Doc; location: string | null }> {
  const res = await fetch(appUrl(`/admin/insights${query}`), { headers, redirect: 'manual' })
  const html = await res.text()
  return { status: res.status, html, doc: parseHTML(html).document, location: res.headers.get('location') }
}

const table = (doc: Doc, name: string) => {
  const found = doc.querySelector(`table[data-insights="${name}"]`)
  if (!found) throw new Error(`No ${name} table on the page`)
  return found
}

/** A breakdown table as { key: count }. */
const counts = (doc: Doc, name: string): Record<string, number> =>
  Object.fromEntries(
    [...table(doc, name).querySelectorAll('tbody tr')].map((row) => [
      row.getAttribute('data-key'),
      Number(textOf(row.querySelector('td[data-count]'))),
    ]),
  )

const weekRow = (doc: Doc, week: string): Record<string, number> =>
  Object.fromEntries(
    [...table(doc, 'weekly').querySelectorAll(`tr[data-key="${week}"] td`)].map((cell) => [
      cell.getAttribute('data-status'),
      Number(textOf(cell)),
    ]),
  )

const responseRow = (doc: Doc, week: string) => {
  const cell = (field: string) =>
    table(doc, 'response').querySelector(`tr[data-key="${week}"] td[data-field="${field}"]`)
  return {
    received: Number(textOf(cell('received'))),
    answered: Number(textOf(cell('answered'))),
    median: Number(cell('median')?.getAttribute('data-hours')),
    within: Number(textOf(cell('within'))),
  }
}

/** A lead received at `at`, answered `answeredAfter` hours later (before its moves), then moved through `moves`. */
async function lead(
  payload: Payload,
  at: string,
  data: Partial<Lead>,
  {
    answeredAfter,
    moves = [],
    status,
  }: { answeredAfter?: number; moves?: LeadStatus[]; status?: LeadStatus } = {},
): Promise<Lead> {
  const created = await makeLead(payload, { receivedAt: at, ...(status ? { status } : {}), ...data })
  if (answeredAfter !== undefined) {
    const firstResponseAt = new Date(new Date(at).getTime() + answeredAfter * hour).toISOString()
    await payload.db.updateOne({ collection: 'leads', id: created.id, data: { firstResponseAt } })
  }
  // Through the workflow's hooks, so the status history is written as sales' moves write it.
  for (const move of moves)
    await payload.update({ collection: 'leads', id: created.id, data: { status: move } })
  return created
}

let made: Lead[] = []
let areaA = ''
let areaB = ''

beforeAll(async () => {
  const payload = await testPayload()
  const { docs: areas } = await payload.find({ collection: 'service-areas', limit: 2, depth: 0, sort: 'id' })
  const [a, b] = areas.map((area) => area.id)
  areaA = String(a)
  areaB = String(b)
  made = [
    // Week 1: one still new, one contacted after 2 h, one won after 6 h (through every step).
    await lead(payload, '2019-03-05T10:00:00.000Z', {
      context: { utmSource: 'newsletter', decideOutcome: 'managed-first' },
      areas: [a!],
    }),
    await lead(
      payload,
      '2019-03-06T09:00:00.000Z',
      {
        context: { referrer: 'https://News.Example:8443/post?x=1', decideOutcome: 'managed-first' },
        areas: [a!, b!],
      },
      { answeredAfter: 2, moves: ['contacted'] },
    ),
    await lead(
      payload,
      '2019-03-10T23:00:00.000Z',
      {
        context: {
          utmSource: ' linkedin ',
          referrer: 'https://ignored.example/',
          decideOutcome: 'kubeflow-build',
        },
        areas: [b!],
      },
      { answeredAfter: 6, moves: ['contacted', 'qualified', 'proposal', 'won'] },
    ),
    // Week 2 (from Monday 00:00 UTC): lost straight from new after 10 h, lost after contact 30 h late, spam.
    await lead(
      payload,
      '2019-03-11T00:00:00.000Z',
      { context: {}, areas: [] },
      { answeredAfter: 10, moves: ['lost'] },
    ),
    await lead(
      payload,
      '2019-03-12T15:00:00.000Z',
      { context: { utmSource: 'newsletter' }, areas: [a!] },
      { answeredAfter: 30, moves: ['contacted', 'lost'] },
    ),
    await lead(
      payload,
      '2019-03-13T12:00:00.000Z',
      { context: { utmSource: 'newsletter' } },
      { status: 'spam' },
    ),
    // Just outside the range on either side.
    await lead(payload, '2019-03-03T23:59:59.000Z', { context: { utmSource: 'newsletter' } }),
    await lead(payload, '2019-03-18T00:00:00.000Z', { context: { utmSource: 'newsletter' } }),
  ]
})

describe('/admin/insights', () => {
  it('counts the range’s enquiries per week by status, by source, outcome and area, the funnel and response times', async () => {
    const { status, doc } = await page(RANGE, await signIn('sales'))
    expect(status).toBe(200)
    expect(textOf(doc.querySelector('[data-count="genuine"]'))).toBe('5')
    expect(textOf(doc.querySelector('[data-count="spam"]'))).toBe('1')

    expect(weekRow(doc, W1)).toMatchObject({ new: 1, contacted: 1, won: 1, lost: 0, spam: 0, total: 3 })
    expect(weekRow(doc, W2)).toMatchObject({ new: 0, lost: 2, spam: 1, total: 3 })
    expect(table(doc, 'weekly').querySelectorAll('tbody tr')).toHaveLength(2)

    // UTM source (trimmed) first, else the referrer's host, else none; spam and leads outside the range left out.
    expect(counts(doc, 'source')).toEqual({ newsletter: 2, 'news.example': 1, linkedin: 1, '(none)': 1 })
    expect(counts(doc, 'outcome')).toEqual({ 'managed-first': 2, 'kubeflow-build': 1, '(none)': 2 })
    // An outcome shows under its title in the published decide tree, with the key the lead recorded.
    const tree = await (await testPayload()).findGlobal({ slug: 'decide-tree' })
    const title = tree.outcomes.find((o) => o.key === 'managed-first')?.title
    expect(title).toBeTruthy()
    expect(textOf(table(doc, 'outcome').querySelector('tr[data-key="managed-first"] th'))).toBe(
      `${title} (managed-first)`,
    )
    expect(counts(doc, 'area')).toEqual({ [areaA]: 3, [areaB]: 2, '(none)': 1 })
    // A lead lost straight from new never reached contacted; a won lead passed every step.
    expect(counts(doc, 'funnel')).toEqual({
      received: 5,
      contacted: 3,
      qualified: 1,
      proposal: 1,
      won: 1,
      lost: 2,
    })

    expect(responseRow(doc, W1)).toEqual({ received: 3, answered: 2, median: 4, within: 2 })
    expect(responseRow(doc, W2)).toEqual({ received: 2, answered: 2, median: 20, within: 1 })
    // The whole range's median is of all four answers (2, 6, 10, 30 h), not of the weekly medians.
    expect(textOf(doc.querySelector('#insights-response-desc'))).toContain(
      'median 8 h, 4 of 5 answered, 3 within',
    )

    // Charts are server-rendered SVG labelled by their headings; the page needs no script of its own.
    for (const id of ['weekly', 'source', 'outcome', 'area', 'funnel', 'response']) {
      const svg = doc.querySelector(`svg[aria-labelledby="insights-${id}-title"]`)
      expect(svg?.getAttribute('role'), id).toBe('img')
    }
  })

  it('links each weekly count, for sales, to the lead list filtered to exactly those leads', async () => {
    const caller = await signedInCaller(await testPayload(), 'sales')
    const { doc } = await page(RANGE, await signIn('sales'))
    const link = table(doc, 'weekly').querySelector(`tr[data-key="${W2}"] td[data-status="lost"] a`)
    const href = link?.getAttribute('href') ?? ''
    const url = new URL(href, 'http://admin.invalid')
    expect(url.pathname).toBe('/admin/collections/leads')
    const res = await rest(caller, 'GET', `/leads?${url.searchParams.toString()}&depth=0`)
    const found = (res.data as { docs: { id: number }[] }).docs.map((d) => d.id).sort()
    expect(found).toEqual([made[3]!.id, made[4]!.id].sort())
  })

  it('shows marketing the same counts and nothing that identifies a prospect', async () => {
    const { status, html, doc } = await page(RANGE, await signIn('marketing'))
    expect(status).toBe(200)
    expect(weekRow(doc, W2)).toMatchObject({ lost: 2, spam: 1, total: 3 })
    expect(counts(doc, 'source')).toEqual({ newsletter: 2, 'news.example': 1, linkedin: 1, '(none)': 1 })
    expect(counts(doc, 'funnel')).toMatchObject({ received: 5, won: 1, lost: 2 })
    for (const l of made) {
      expect(html).not.toContain(l.name)
      expect(html).not.toContain(l.email)
      expect(html).not.toContain(l.company)
      expect(html).not.toContain(l.reference)
    }
    expect(html).not.toContain('/admin/collections/leads?')
    expect(table(doc, 'weekly').querySelectorAll('a')).toHaveLength(0)
  })

  it('is linked from the admin home for every staff role, marketing included', async () => {
    for (const role of ['sales', 'marketing', 'admin'] as const) {
      const res = await fetch(appUrl('/admin'), { headers: await signIn(role) })
      const doc = parseHTML(await res.text()).document
      expect(doc.querySelector('a[data-panel="insights"]')?.getAttribute('href'), role).toBe(
        '/admin/insights',
      )
    }
  })

  it('sends a signed-out visitor, or a made-up session, to sign in, and shows nothing', async () => {
    const visitors: Record<string, string>[] = [
      {},
      { authorization: 'JWT not.a.token' },
      { cookie: 'payload-token=forged' },
    ]
    for (const headers of visitors) {
      const { status, html, location } = await page(RANGE, headers)
      // The view refuses while the admin's page streams, so Next sends the redirect in the page (the browser
      // follows it at once) rather than as a status; either way no figure is in it.
      const target = location ?? /NEXT_REDIRECT;replace;([^;]+);30[378];/.exec(html)?.[1]
      expect(target, JSON.stringify(headers)).toBe('/admin/login?redirect=%2Fadmin%2Finsights')
      expect(status).toBeLessThan(400)
      expect(html).not.toContain('data-insights')
      expect(html).not.toContain('Enquiries per week')
    }
  })

  it('shows the last 12 weeks when no range is given', async () => {
    const { doc } = await page('', await signIn('admin'))
    const weeks = [...table(doc, 'weekly').querySelectorAll('tbody tr')].map((row) =>
      row.getAttribute('data-key'),
    )
    expect(weeks).toHaveLength(12)
    expect(weeks.at(-1)).toBe(startOfWeek(new Date()).toISOString().slice(0, 10))
  })

  it('answers an invalid range with a sentence saying what is wrong, not an error page', async () => {
    const headers = await signIn('marketing')
    for (const [query, message] of [
      ['?from=2019-02-30&to=2019-03-17', 'Start date is not a day of the calendar.'],
      ['?from=2019-03-17&to=2019-03-04', 'The start date (2019-03-17) is after the end date (2019-03-04).'],
      ['?from=yesterday', 'Start date must be a date written as YYYY-MM-DD.'],
      ['?from=2015-01-01&to=2019-03-17', 'choose at most 731 days'],
      ['?to=2019-03-17&to=2019-03-18', 'End date is given more than once.'],
    ] as const) {
      const { status, doc } = await page(query, headers)
      expect(status, query).toBe(200)
      expect(textOf(doc.querySelector('[data-insights="error"]')), query).toContain(message)
      expect(doc.querySelector('table[data-insights]'), query).toBeNull()
    }
  })

  it('derives the source in SQL exactly as webhooks do (lib/webhooks/message.ts)', async () => {
    const payload = await testPayload()
    const samples: [string | undefined, string | undefined][] = [
      ['newsletter', 'https://a.example/'],
      ['  ', 'https://User:pw@Sub.Example.COM:8080/path?q=1#x'],
      [undefined, 'http://b.example'],
      [undefined, 'not a url'],
      [undefined, 'https://c.example?x=1'],
      [undefined, undefined],
    ]
    const extra = []
    for (const [utmSource, referrer] of samples)
      extra.push(
        await makeLead(payload, { receivedAt: '2018-01-01T00:00:00.000Z', context: { utmSource, referrer } }),
      )
    const rows = await postgres(payload)
      .drizzle.select({ id: leads.id, source: sourceOf })
      .from(leads)
      .where(
        inArray(
          leads.id,
          extra.map((l) => l.id),
        ),
      )
    for (const l of extra) {
      expect(rows.find((r) => r.id === l.id)?.source ?? null, JSON.stringify(l.context)).toBe(
        leadSource(l.context?.utmSource, l.context?.referrer),
      )
    }
  })
})
