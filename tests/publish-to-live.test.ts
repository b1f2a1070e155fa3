import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Faq, User } from '@/payload-types'

import { MARKETING, signIn } from './support/api'
import { appUrl } from './support/context'
import { eventually, fetchDocument, textOf } from './support/html'
import { testPayload } from './support/payload'

/** How long a test waits for a change to show before failing. How soon it shows is bench/edit-to-live's figure. */
const WAIT_MS = 15_000

const faqQuestions = async () =>
  [...(await fetchDocument(appUrl('/'))).document.querySelectorAll('#faq .faq__question')].map(textOf)

/**
 * Publishing, unpublishing and deleting through the REST API (what the admin does) reach
 * visitors with no rebuild; so does a publish scheduled for later, when its time comes and not before.
 */
describe('publish to live', () => {
  let session: Record<string, string>
  const undo: (() => Promise<unknown>)[] = []

  beforeAll(async () => {
    session = { ...(await signIn('marketing')), 'content-type': 'application/json' }
  })
  afterAll(async () => {
    for (const step of undo.reverse()) await step()
  })

  const api = (path: string, method: string, body?: object) =>
    fetch(appUrl(path), { method, headers: session, body: body && JSON.stringify(body) })

  it('a new FAQ: published, it appears; unpublished, it goes; deleted, it stays gone', async () => {
    const question = `Do you publish in seconds ${Date.now()}?`
    const created = await api('/api/faqs', 'POST', {
      question,
      answer: 'Yes: a publish expires the FAQ tag and the next visit renders it.',
      _status: 'published',
    })
    expect(created.status).toBe(201)
    const { doc } = (await created.json()) as { doc: Faq }
    undo.push(async () =>
      (await testPayload()).delete({ collection: 'faqs', where: { id: { equals: doc.id } } }),
    )
    await eventually(async () => (await faqQuestions()).includes(question), WAIT_MS)

    expect((await api(`/api/faqs/${doc.id}`, 'PATCH', { _status: 'draft' })).status).toBe(200)
    await eventually(async () => !(await faqQuestions()).includes(question), WAIT_MS)

    expect((await api(`/api/faqs/${doc.id}`, 'PATCH', { _status: 'published' })).status).toBe(200)
    await eventually(async () => (await faqQuestions()).includes(question), WAIT_MS)
    expect((await api(`/api/faqs/${doc.id}`, 'DELETE')).status).toBe(200)
    await eventually(async () => !(await faqQuestions()).includes(question), WAIT_MS)
  })

  it('a global: a published hero title shows', async () => {
    const payload = await testPayload()
    const before = (await payload.findGlobal({ slug: 'hero' })).title
    undo.push(() => payload.updateGlobal({ slug: 'hero', data: { title: before, _status: 'published' } }))
    const title = `MLOps consulting, published at ${Date.now()}`
    expect((await api('/api/globals/hero', 'POST', { title, _status: 'published' })).status).toBe(200)
    await eventually(
      async () => textOf((await fetchDocument(appUrl('/'))).document.querySelector('h1')) === title,
      WAIT_MS,
    )
  })

  it('a scheduled publish goes live when the job runs, not before', async () => {
    const payload = await testPayload()
    const faq = (await payload.find({ collection: 'faqs', sort: '_order', limit: 1 })).docs[0]!
    undo.push(() =>
      payload.update({
        collection: 'faqs',
        id: faq.id,
        data: { question: faq.question, _status: 'published' },
      }),
    )
    const question = `${faq.question} (scheduled ${Date.now()})`
    expect((await api(`/api/faqs/${faq.id}?draft=true`, 'PATCH', { question })).status).toBe(200)

    // What the admin's "Schedule publish" queues, for the signed-in editor.
    const marketing = (
      await payload.find({ collection: 'users', where: { email: { equals: MARKETING.email } } })
    ).docs[0] as User
    await payload.jobs.queue({
      task: 'schedulePublish',
      input: {
        type: 'publish',
        doc: { relationTo: 'faqs', value: faq.id },
        user: { relationTo: 'users', value: marketing.id },
      },
      waitUntil: new Date(Date.now() + 2000),
    })
    expect(await faqQuestions()).not.toContain(question)

    // Runs the queue itself until the job is due and done (the app's runner may take it first: either way).
    await eventually(async () => {
      await payload.jobs.run()
      return (await faqQuestions()).includes(question)
    }, WAIT_MS)
  })
})
