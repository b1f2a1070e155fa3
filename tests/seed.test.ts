import { afterAll, describe, expect, it } from 'vitest'

import { seed } from '@/lib/seed'
import * as content from '@/lib/seed/content'
import { DEV_DEFAULTS } from '@/lib/env/seedUsers'

import { testPayload } from './support/payload'

const expected = {
  'service-areas': content.serviceAreas.length,
  'stack-rows': content.stackRows.length,
  patterns: content.patterns.length,
  gates: content.gates.length,
  'drift-thresholds': content.driftThresholds.length,
  'engagement-phases': content.engagementPhases.length,
  shapes: content.shapes.length,
  faqs: content.faqs.length,
} as const

describe('seed', () => {
  it('loads every item of the brief, published', async () => {
    const payload = await testPayload()
    expect(expected).toEqual({
      'service-areas': 6,
      'stack-rows': 6,
      patterns: 3,
      gates: 4,
      'drift-thresholds': 6,
      'engagement-phases': 4,
      shapes: 3,
      faqs: 5,
    })
    for (const [collection, count] of Object.entries(expected)) {
      const { docs } = await payload.find({
        collection: collection as keyof typeof expected,
        pagination: false,
        overrideAccess: false,
      })
      expect(docs, collection).toHaveLength(count)
    }

    const psi = await payload.find({ collection: 'drift-thresholds', where: { metric: { equals: 'psi' } } })
    expect(psi.docs[0]).toMatchObject({
      signal: 'Categorical feature PSI',
      direction: 'higher-is-worse',
      inspect: { value: 0.1, label: '0.10' },
      retrain: { value: 0.25, label: '0.25' },
      pause: { value: 0.4, label: '0.40' },
    })
    const phases = await payload.find({ collection: 'engagement-phases', sort: '_order' })
    expect(phases.docs.map((p) => [p.weekStart, p.weekEnd])).toEqual([
      [1, 2],
      [2, 8],
      [6, 10],
      [10, 12],
    ])

    const hero = await payload.findGlobal({ slug: 'hero', overrideAccess: false })
    expect(hero.title).toBe('MLOps consulting for teams shipping classical ML and LLMs to production.')
    const tree = await payload.findGlobal({ slug: 'decide-tree' })
    expect(tree.questions).toHaveLength(3)
    expect(tree.outcomes.length).toBeGreaterThanOrEqual(3)
    const why = await payload.findGlobal({ slug: 'why-us' })
    expect(why.reasons).toHaveLength(3)
  })

  it('creates one user per role', async () => {
    const payload = await testPayload()
    // Other test files add staff accounts of their own: look at the development accounts only.
    const { docs } = await payload.find({
      collection: 'users',
      where: { email: { in: Object.values(DEV_DEFAULTS).map((u) => u.email) } },
      pagination: false,
    })
    expect(docs.map((u) => [u.role, u.email]).sort()).toEqual(
      Object.entries(DEV_DEFAULTS)
        .map(([role, u]) => [role, u.email])
        .sort(),
    )
  })

  describe('run again', () => {
    let original = ''
    let faqId: number | undefined

    afterAll(async () => {
      const payload = await testPayload()
      if (faqId) {
        await payload.update({
          collection: 'faqs',
          id: faqId,
          data: { answer: original },
          context: { disableRevalidate: true },
        })
      }
    })

    it('adds nothing and never overwrites what marketing edited', async () => {
      const payload = await testPayload()
      const faq = (await payload.find({ collection: 'faqs', limit: 1, sort: '_order' })).docs[0]!
      faqId = faq.id
      original = faq.answer
      await payload.update({
        collection: 'faqs',
        id: faq.id,
        data: { answer: 'Edited by marketing.' },
        context: { disableRevalidate: true },
      })
      await payload.updateGlobal({
        slug: 'hero',
        data: { eyebrow: 'Edited eyebrow' },
        context: { disableRevalidate: true },
      })

      const report = await seed(payload)
      expect(report).toEqual({ collections: {}, globals: [], users: [], refusedRoles: [] })

      for (const [collection, count] of Object.entries(expected)) {
        expect(
          (await payload.count({ collection: collection as keyof typeof expected })).totalDocs,
          collection,
        ).toBe(count)
      }
      expect((await payload.findByID({ collection: 'faqs', id: faq.id })).answer).toBe('Edited by marketing.')
      expect((await payload.findGlobal({ slug: 'hero' })).eyebrow).toBe('Edited eyebrow')
      await payload.updateGlobal({
        slug: 'hero',
        data: { eyebrow: content.hero.eyebrow },
        context: { disableRevalidate: true },
      })
    })
  })
})
