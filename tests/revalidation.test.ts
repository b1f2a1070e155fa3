import { afterAll, describe, expect, it } from 'vitest'

import { appUrl } from './support/context'
import { eventually, fetchDocument, textOf } from './support/html'
import { testPayload } from './support/payload'

describe('revalidation', () => {
  const restore: (() => Promise<unknown>)[] = []
  afterAll(async () => {
    for (const undo of restore.reverse()) await undo()
  })

  it('shows a change made through the local API once its tag is revalidated', async () => {
    const payload = await testPayload()
    const gate = (await payload.find({ collection: 'gates', sort: '_order', limit: 1 })).docs[0]!
    const before = textOf((await fetchDocument(appUrl('/'))).document.querySelector('#cd4ml .gate__title'))
    expect(before).toBe(gate.title)

    const title = `Data validation, checked ${Date.now()}`
    await payload.update({ collection: 'gates', id: gate.id, data: { title, _status: 'published' } })
    restore.push(() =>
      payload.update({ collection: 'gates', id: gate.id, data: { title: gate.title, _status: 'published' } }),
    )

    // How soon is a figure for bench/edit-to-live; here, that it shows at all.
    await eventually(async () => {
      const { document } = await fetchDocument(appUrl('/'))
      return textOf(document.querySelector('#cd4ml .gate__title')) === title
    }, 15_000)
  })

  it('does not show a draft to visitors', async () => {
    const payload = await testPayload()
    const before = await payload.findGlobal({ slug: 'closing-cta' })
    await payload.updateGlobal({
      slug: 'closing-cta',
      data: { title: 'A draft title nobody should see' },
      draft: true,
    })
    restore.push(() =>
      payload.updateGlobal({ slug: 'closing-cta', data: { title: before.title, _status: 'published' } }),
    )

    // The update returned after its hooks (revalidation included) ran: the next visit is what visitors get.
    const { document } = await fetchDocument(appUrl('/'))
    expect(textOf(document.querySelector('#start-title'))).toBe(before.title)
  })

  it('refuses revalidation requests without the secret', async () => {
    const res = await fetch(appUrl('/next/revalidate'), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer wrong' },
      body: JSON.stringify({ tags: ['faqs'] }),
    })
    expect(res.status).toBe(401)
  })
})
