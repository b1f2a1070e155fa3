import { beforeAll, describe, expect, it } from 'vitest'

import * as content from '@/lib/seed/content'

import { appUrl } from './support/context'
import { fetchDocument, textOf } from './support/html'

const SECTIONS = [
  'scope',
  'stack',
  'patterns',
  'llmops',
  'cd4ml',
  'monitor',
  'engagement',
  'shapes',
  'decide',
  'why',
  'faq',
  'start',
]

describe('home page', () => {
  let document: Document
  let headers: Headers

  beforeAll(async () => {
    // The first visit after a revalidation renders; the visits after it come from the cache.
    await fetch(appUrl('/'))
    const res = await fetch(appUrl('/'))
    headers = res.headers
    expect(res.status).toBe(200)
    ;({ document } = await fetchDocument(appUrl('/')))
  })

  it('is served from the static cache, not rendered per visit', () => {
    expect(headers.get('x-nextjs-cache')).toBe('HIT')
  })

  it('has every section of the brief, numbered, each a landmark named by its h2', () => {
    for (const id of SECTIONS) {
      const section = document.getElementById(id)
      expect(section, id).not.toBeNull()
      expect(section!.tagName).toBe('SECTION')
      const heading = document.getElementById(section!.getAttribute('aria-labelledby')!)
      expect(heading?.tagName, id).toBe('H2')
    }
    const labels = [...document.querySelectorAll('.section__label')].map(textOf)
    expect(labels).toEqual([
      '001 / SCOPE',
      '002 / STACK',
      '003 / PATTERNS',
      '004 / LLMOPS',
      '005 / CD4ML',
      '006 / MONITOR',
      '007 / ENGAGEMENT',
      '008 / SHAPES',
      '009 / DECIDE',
      '010 / WHY PAITEQ',
      '011 / FAQ',
      '013 / Start a project',
    ])
  })

  it('has one h1 and headings that never skip a level', () => {
    const headings = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => Number(h.tagName[1]))
    expect(headings.filter((l) => l === 1)).toHaveLength(1)
    expect(headings[0]).toBe(1)
    headings.forEach((level, i) => {
      if (i > 0) expect(level - headings[i - 1]!, `heading ${i}`).toBeLessThanOrEqual(1)
    })
    expect(textOf(document.querySelector('h1'))).toBe(content.hero.title)
  })

  it('has landmarks and in-page navigation whose links all land on a section', () => {
    expect(document.querySelector('header.site-header')).not.toBeNull()
    expect(document.querySelector('main#main')).not.toBeNull()
    expect(document.querySelector('footer')).not.toBeNull()
    const nav = document.querySelector('nav.site-nav')!
    const links = [...nav.querySelectorAll('a')].map((a) => a.getAttribute('href')!)
    expect(links.length).toBeGreaterThanOrEqual(5)
    // `/#faq`: the header is on every page, so its links name the home page.
    for (const href of links) {
      expect(href, href).toMatch(/^\/#/)
      expect(document.getElementById(href.slice(2)), href).not.toBeNull()
    }
    expect(document.querySelector('a.skip-link')?.getAttribute('href')).toBe('#main')
  })

  it('shows every item of every collection', () => {
    const text = textOf(document.body)
    const items = [
      ...content.serviceAreas.map((a) => a.title),
      ...content.stackRows.map((r) => r.layer),
      ...content.patterns.map((p) => p.title),
      ...content.gates.map((g) => g.title),
      ...content.engagementPhases.map((p) => p.title),
      ...content.shapes.map((s) => s.title),
      ...content.faqs.map((f) => f.question),
      ...content.whyUs.reasons.map((r) => r.title),
      ...content.decideTree.questions.map((q) => q.prompt),
      ...content.decideTree.outcomes.map((o) => o.title),
      ...content.monitoringSignals.signals.map((s) => s.name),
    ]
    for (const item of items) expect(text, item).toContain(item)
  })

  it('has the drift threshold table with header cells and the brief’s levels', () => {
    const table = document.querySelector('#monitor table')!
    expect([...table.querySelectorAll('thead th')].map(textOf)).toEqual([
      'Signal',
      'Tool',
      'Inspect at',
      'Retrain at',
      'Pause at',
    ])
    const rows = [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map(textOf))
    expect(rows[0]).toEqual(['Categorical feature PSI', 'Evidently AI', '0.10', '0.25', '0.40'])
    expect(rows[1]).toEqual(['Continuous feature KL', 'Evidently AI', '0.05', '0.15', '0.30'])
    expect(rows.map((r) => r[0])).toContain('Hallucination rate')
    expect(table.querySelectorAll('tbody th[scope="row"]')).toHaveLength(6)
  })

  it('has the classical-versus-LLMOps table', () => {
    const table = document.querySelector('#llmops table')!
    expect([...table.querySelectorAll('thead th')].map(textOf)).toEqual([
      'Dimension',
      'Classical MLOps',
      'LLMOps',
    ])
    expect([...table.querySelectorAll('tbody th')].map(textOf)).toEqual(['Cost lever', 'Retrain trigger'])
  })

  it('shows the weeks of the four engagement phases', () => {
    const weeks = [...document.querySelectorAll('#engagement .phase__weeks')].map(textOf)
    expect(weeks).toEqual(['WEEK 1-2', 'WEEK 2-8', 'WEEK 6-10', 'WEEK 10-12'])
  })

  it('has FAQ answers in deep-linkable disclosures', () => {
    const items = [...document.querySelectorAll('#faq details')]
    expect(items).toHaveLength(content.faqs.length)
    for (const item of items) expect(item.id).toMatch(/^faq-[a-z0-9-]+$/)
  })

  it('loads scripts and styles only from its own build, as files the browser caches', () => {
    const scripts = [...document.querySelectorAll('script[src]')].map((s) => s.getAttribute('src')!)
    expect(scripts.every((src) => src.startsWith('/_next/static/'))).toBe(true)
    const styles = [...document.querySelectorAll('link[rel="stylesheet"]')].map((l) =>
      l.getAttribute('href')!,
    )
    expect(styles.length).toBeGreaterThan(0)
    expect(styles.every((href) => href.startsWith('/_next/static/'))).toBe(true)
    expect(document.querySelectorAll('style[data-precedence]')).toHaveLength(0)
  })
})
