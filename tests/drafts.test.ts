import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Faq } from '@/payload-types'

import { graphql, signIn } from './support/api'
import { appUrl } from './support/context'
import { testPayload } from './support/payload'
import { first } from './support/first'

/**
 * Drafts are for staff. An anonymous visitor asking for drafts — REST `?draft=true`,
 * GraphQL `draft: true`, the versions endpoints — gets the published content or nothing.
 */
describe('drafts stay out of reach of anonymous visitors', () => {
  const stamp = Date.now()
  const draftAnswer = `Draft answer nobody outside should read ${stamp}`
  const draftTitle = `Draft hero title nobody outside should read ${stamp}`
  const draftOnlyQuestion = `A question still in draft ${stamp}?`
  let published: Faq
  let draftOnly: Faq
  let heroTitle: string
  const undo: (() => Promise<unknown>)[] = []

  beforeAll(async () => {
    const payload = await testPayload()
    published = first((await payload.find({ collection: 'faqs', sort: '_order', limit: 1 })).docs)
    await payload.update({ collection: 'faqs', id: published.id, data: { answer: draftAnswer }, draft: true })
    undo.push(() =>
      payload.update({
        collection: 'faqs',
        id: published.id,
        data: { answer: published.answer, _status: 'published' },
      }),
    )

    draftOnly = await payload.create({
      collection: 'faqs',
      data: { question: draftOnlyQuestion, answer: draftAnswer },
      draft: true,
    })
    undo.push(() => payload.delete({ collection: 'faqs', id: draftOnly.id }))

    heroTitle = (await payload.findGlobal({ slug: 'hero' })).title
    await payload.updateGlobal({ slug: 'hero', data: { title: draftTitle }, draft: true })
    undo.push(() => payload.updateGlobal({ slug: 'hero', data: { title: heroTitle, _status: 'published' } }))
  })

  afterAll(async () => {
    for (const step of undo.reverse()) await step()
  })

  const get = (path: string, headers: Record<string, string> = {}) => fetch(appUrl(path), { headers })

  it('REST: a collection list with ?draft=true shows the published answer and no draft-only document', async () => {
    const res = await get('/api/faqs?draft=true&limit=100&depth=0')
    expect(res.status).toBe(200)
    const body = JSON.stringify(await res.json())
    expect(body).not.toContain(draftAnswer)
    expect(body).not.toContain(draftOnlyQuestion)
    expect(body).toContain(JSON.stringify(published.answer).slice(1, -1))
  })

  it('REST: a document with ?draft=true is the published one; a draft-only document is not found', async () => {
    const one = await get(`/api/faqs/${published.id}?draft=true&depth=0`)
    expect(one.status).toBe(200)
    expect(((await one.json()) as Faq).answer).toBe(published.answer)

    const hidden = await get(`/api/faqs/${draftOnly.id}?draft=true`)
    expect([403, 404]).toContain(hidden.status)
    expect(await hidden.text()).not.toContain(draftOnlyQuestion)
  })

  it('REST: a global with ?draft=true is the published one', async () => {
    const res = await get('/api/globals/hero?draft=true')
    expect(res.status).toBe(200)
    expect(((await res.json()) as { title: string }).title).toBe(heroTitle)
  })

  it('REST: versions of collections and globals are closed to visitors', async () => {
    for (const path of ['/api/faqs/versions', '/api/globals/hero/versions']) {
      const res = await get(path)
      expect(res.status, path).toBe(403)
      expect(await res.text(), path).not.toContain(stamp.toString())
    }
  })

  it('GraphQL: draft: true on a collection, a document and a global gives published content only', async () => {
    const result = await graphql<{
      Faqs: { docs: { id: number; question: string; answer: string }[] }
      Faq: { answer: string } | null
      Hidden: { answer: string } | null
      Hero: { title: string }
    }>(
      `
        query ($id: Int!, $hidden: Int!) {
          Faqs(draft: true, limit: 100) {
            docs {
              id
              question
              answer
            }
          }
          Faq(id: $id, draft: true) {
            answer
          }
          Hidden: Faq(id: $hidden, draft: true) {
            answer
          }
          Hero(draft: true) {
            title
          }
        }
      `,
      { id: published.id, hidden: draftOnly.id },
    )
    const text = JSON.stringify(result)
    expect(text).not.toContain(draftAnswer)
    expect(text).not.toContain(draftTitle)
    expect(text).not.toContain(draftOnlyQuestion)
    expect(result.data?.Faqs.docs.find((d) => d.id === published.id)?.answer, text).toBe(published.answer)
    expect(result.data?.Faq?.answer).toBe(published.answer)
    expect(result.data?.Hidden ?? null).toBeNull()
    expect(result.data?.Hero.title).toBe(heroTitle)
  })

  it('GraphQL: version queries are closed to visitors', async () => {
    for (const query of [
      `{ versionsFaqs { docs { version { answer } } } }`,
      `{ versionsHero { docs { version { title } } } }`,
    ]) {
      const result = await graphql(query)
      expect(JSON.stringify(result), query).not.toContain(stamp.toString())
      expect(
        result.errors?.map((e) => e.message),
        query,
      ).toEqual(['You are not allowed to perform this action.'])
    }
  })

  it('marketing, signed in, does read the drafts through the same endpoints', async () => {
    const session = await signIn('marketing')
    const one = await get(`/api/faqs/${published.id}?draft=true&depth=0`, session)
    expect(((await one.json()) as Faq).answer).toBe(draftAnswer)
    const hero = await get('/api/globals/hero?draft=true', session)
    expect(((await hero.json()) as { title: string }).title).toBe(draftTitle)
    const result = await graphql<{ Hero: { title: string } }>(
      `
        {
          Hero(draft: true) {
            title
          }
        }
      `,
      {},
      session,
    )
    expect(result.data?.Hero.title).toBe(draftTitle)
  })
})
