import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { readMediaFile } from '@/lib/storage/readMedia'
import type { Media } from '@/payload-types'

import { signIn } from './support/api'
import { startAppInstance, type AppInstance } from './support/appInstance'
import { testPayload } from './support/payload'
import { startS3Bucket } from './support/s3Bucket'
import { makeLead } from './support/triageLeads'

/** Files a folder holds (none when it was never created). */
const filesIn = (dir: string) => (existsSync(dir) ? readdirSync(dir, { recursive: true }) : [])

/**
 * Two instances of the production build share one bucket and nothing on disk: what marketing
 * uploads through one (and a sales export saved through one) is served by the other.
 */
describe('uploads with S3_BUCKET set', () => {
  let bucket: Awaited<ReturnType<typeof startS3Bucket>>
  let a: AppInstance
  let b: AppInstance
  const dirs: string[] = []
  const tmp = () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'instance-files-'))
    dirs.push(dir)
    return dir
  }

  beforeAll(async () => {
    bucket = await startS3Bucket()
    const instance = () =>
      startAppInstance({ ...bucket.env, MEDIA_DIR: tmp(), EXPORTS_DIR: tmp(), JOBS_AUTORUN: '0' })
    ;[a, b] = await Promise.all([instance(), instance()])
  })
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()])
    await bucket?.close()
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true })
  })

  it('keeps an image uploaded through one instance in the bucket, served with the same bytes by both', async () => {
    const marketing = await signIn('marketing')
    const image = await sharp({
      create: { width: 1600, height: 900, channels: 3, background: { r: 20, g: 90, b: 160 } },
    })
      .png()
      .toBuffer()
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(image)], { type: 'image/png' }), 'shared-hero.png')
    form.append('_payload', JSON.stringify({ alt: 'A blue card' }))
    const created = await fetch(`${a.url}/api/media`, { method: 'POST', headers: marketing, body: form })
    expect(created.status).toBe(201)
    const { doc } = (await created.json()) as { doc: Media & { filename: string; url: string } }

    const keys = await bucket.keys()
    const original = keys.find((key) => key.endsWith(`/${doc.filename}`) || key === doc.filename)
    expect(original, keys.join(', ')).toMatch(/^media\//)
    expect(keys.length).toBe(2) // the original and its Open Graph size
    expect(await bucket.bytes(original!)).toEqual(image)

    const filePath = new URL(doc.url, a.url).pathname + new URL(doc.url, a.url).search
    for (const instance of [a, b]) {
      const res = await fetch(`${instance.url}${filePath}`)
      expect(res.status, instance.url).toBe(200)
      expect(res.headers.get('content-type')).toBe('image/png')
      expect(Buffer.from(await res.arrayBuffer())).toEqual(image)
    }
    for (const dir of dirs) expect(filesIn(dir), dir).toEqual([])
    // The sharing image is drawn from the same file (lib/seo/ogImage.ts reads it from the bucket).
    const saved = { ...process.env }
    Object.assign(process.env, bucket.env)
    try {
      expect(await readMediaFile(doc, doc.filename)).toEqual(image)
    } finally {
      for (const name of Object.keys(bucket.env)) if (!(name in saved)) delete process.env[name]
    }

    // Deleted through the other instance: gone from the bucket too.
    const deleted = await fetch(`${b.url}/api/media/${doc.id}`, { method: 'DELETE', headers: marketing })
    expect(deleted.status).toBe(200)
    expect(await bucket.keys()).toEqual([])
    expect([403, 404]).toContain((await fetch(`${a.url}${filePath}`)).status)
  })

  it('keeps a saved lead export in the bucket, downloadable by sales from the other instance', async () => {
    const lead = await makeLead(await testPayload(), { company: 'Bucket Shared Ltd' })
    const sales = await signIn('sales')
    const created = await fetch(`${a.url}/api/exports`, {
      method: 'POST',
      headers: { ...sales, 'content-type': 'application/json' },
      body: JSON.stringify({
        name: `shared-${lead.reference}`,
        collectionSlug: 'leads',
        format: 'csv',
        where: { reference: { equals: lead.reference } },
      }),
    })
    expect(created.status).toBe(201)
    const { doc } = (await created.json()) as { doc: { id: number; filename: string } }
    expect(await bucket.keys()).toEqual([expect.stringMatching(new RegExp(`^exports/.*${doc.filename}$`))])

    const file = await fetch(`${b.url}/api/exports/file/${encodeURIComponent(doc.filename)}?prefix=exports`, {
      headers: sales,
    })
    expect(file.status).toBe(200)
    expect(await file.text()).toContain(lead.reference)
    // Anonymous visitors get nothing from the bucket through the app.
    expect((await fetch(`${b.url}/api/exports/file/${encodeURIComponent(doc.filename)}`)).status).toBe(403)
    for (const dir of dirs) expect(filesIn(dir), dir).toEqual([])

    expect((await fetch(`${b.url}/api/exports/${doc.id}`, { method: 'DELETE', headers: sales })).status).toBe(
      200,
    )
    expect(await bucket.keys()).toEqual([])
  })
})
