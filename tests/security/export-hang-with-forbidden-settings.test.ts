import { beforeAll, describe, expect, it } from 'vitest'

import { authHeaders, signedInCaller, type Caller } from '../support/apiPaths'
import { appUrl } from '../support/context'
import { parseCsv } from '../support/csv'
import { testPayload } from '../support/payload'
import { makeLead } from '../support/triageLeads'

let sales: Caller

beforeAll(async () => {
  sales = await signedInCaller(await testPayload(), 'sales')
})

/** A request that hangs fails here after 10 s instead of holding the test. */
async function post(path: string, body: unknown): Promise<{ status: number; text: string; message: string }> {
  const res = await fetch(appUrl(`/api${path}`), {
    method: 'POST',
    headers: { ...authHeaders(sales), 'content-type': 'application/json' },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(10_000),
  })
  const text = await res.text()
  let message = ''
  try {
    message = (JSON.parse(text) as { errors?: { message: string }[] }).errors?.[0]?.message ?? ''
  } catch {
    // not JSON: a CSV
  }
  return { status: res.status, text, message }
}

const expectRefused = (res: { status: number; message: string }) => {
  expect(res.status).toBeGreaterThanOrEqual(400)
  expect(res.status).toBeLessThan(500)
  // One sentence saying why.
  expect(res.message).toMatch(/^[A-Z].*\.$/)
}

/**
 * Sales ask the export plugin for something it fails on inside its response stream (another
 * collection, a filter on a field they may not read): the request used to stay open forever,
 * holding a connection each time. Each is refused at once instead.
 */
describe('tying up the server with exports it cannot run', () => {
  it('refuses exports of other collections, as download, preview and saved export', async () => {
    const payload = await testPayload()
    const before = (await payload.count({ collection: 'exports' })).totalDocs
    for (const collectionSlug of ['users', 'payload-jobs']) {
      expectRefused(await post('/exports/download', { data: { collectionSlug, format: 'csv' } }))
      expectRefused(await post('/exports/export-preview', { collectionSlug, format: 'csv' }))
      expectRefused(
        await post('/exports', { name: `other-${collectionSlug}`, collectionSlug, format: 'csv' }),
      )
    }
    expect((await payload.count({ collection: 'exports' })).totalDocs).toBe(before)
  })

  it('refuses a filter on a field sales may not read', async () => {
    const where = { ipHash: { equals: 'anything' } }
    expectRefused(
      await post('/exports/download', { data: { collectionSlug: 'leads', format: 'csv', where } }),
    )
    expectRefused(await post('/exports/export-preview', { collectionSlug: 'leads', format: 'csv', where }))
    expectRefused(
      await post('/exports', { name: 'ip-filter', collectionSlug: 'leads', format: 'csv', where }),
    )
  })

  it('still exports and previews leads with an ordinary filter', async () => {
    const lead = await makeLead(await testPayload())
    const res = await post('/exports/download', {
      data: { collectionSlug: 'leads', format: 'csv', where: { reference: { equals: lead.reference } } },
    })
    expect(res.status).toBe(200)
    expect(parseCsv(res.text).map((r) => r.reference)).toEqual([lead.reference])
    const preview = await post('/exports/export-preview', {
      collectionSlug: 'leads',
      format: 'csv',
      where: { reference: { equals: lead.reference } },
    })
    expect(preview.status).toBe(200)
    expect(preview.text).toContain(lead.reference)
  })
})
