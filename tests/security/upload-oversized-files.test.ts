import { randomBytes } from 'node:crypto'
import { existsSync, readdirSync } from 'node:fs'
import http from 'node:http'

import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { MAX_IMAGE_PIXELS, MAX_UPLOAD_BYTES } from '@/lib/uploads/limits'

import { signIn } from '../support/api'
import { appUrl, testContext } from '../support/context'
import { testPayload } from '../support/payload'

/**
 * Uploads `data` to /api/media as the admin's upload form does (multipart, `_payload` JSON), on
 * a connection of its own: a server that refuses a body part-way closes the connection, which
 * a shared keep-alive pool would hand to the next request.
 */
async function upload(session: Record<string, string>, data: Buffer, name: string) {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(data)], { type: 'image/png' }), name)
  form.append('_payload', JSON.stringify({ alt: `Upload test ${name}` }))
  const encoded = new Request(appUrl('/api/media'), { method: 'POST', body: form })
  const body = Buffer.from(await encoded.arrayBuffer())
  const { status, text } = await new Promise<{ status: number; text: string }>((resolve, reject) => {
    const req = http.request(
      appUrl('/api/media'),
      {
        method: 'POST',
        agent: false,
        headers: {
          ...session,
          'content-type': encoded.headers.get('content-type')!,
          'content-length': String(body.length),
        },
      },
      (res) => {
        let text = ''
        res.setEncoding('utf8')
        res.on('data', (c: string) => (text += c))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }))
      },
    )
    // The server may answer and close before it has read the whole body: the answer counts.
    req.on('error', (error) => setTimeout(() => reject(error), 100))
    req.end(body)
  })
  return { status, body: JSON.parse(text) as { doc?: { id: number }; errors?: { message: string }[] } }
}

/** The files in the media folder (none before the first upload of the run creates it). */
const mediaFiles = () => {
  const dir = testContext().env.MEDIA_DIR
  return existsSync(dir) ? readdirSync(dir).sort() : []
}

describe('uploading oversized files as marketing', () => {
  let payload: Payload
  let session: Record<string, string>
  const created: number[] = []

  beforeAll(async () => {
    payload = await testPayload()
    session = await signIn('marketing')
  })
  afterAll(async () => {
    for (const id of created) await payload.delete({ collection: 'media', id })
  })

  /** The answer refuses with one sentence, and neither a document nor a file was stored. */
  async function expectRefusedAndNothingStored(data: Buffer, name: string, status: number, sentence: RegExp) {
    const before = { count: (await payload.count({ collection: 'media' })).totalDocs, files: mediaFiles() }
    const res = await upload(session, data, name)
    expect(res.status).toBe(status)
    const message = res.body.errors?.[0]?.message ?? ''
    expect(message).toMatch(sentence)
    expect(message.split(/(?<=\.)\s/)).toHaveLength(1)
    expect((await payload.count({ collection: 'media' })).totalDocs).toBe(before.count)
    expect(mediaFiles()).toEqual(before.files)
  }

  it(`refuses a file over ${MAX_UPLOAD_BYTES / 1024 / 1024} MB (a 12 MB image) with 413`, async () => {
    // Noise does not compress: about 12 MB of PNG, 4 megapixels (well under the pixel limit).
    const side = 2000
    const data = await sharp(randomBytes(side * side * 3), {
      raw: { width: side, height: side, channels: 3 },
    })
      .png({ compressionLevel: 0 })
      .toBuffer()
    expect(data.length).toBeGreaterThan(MAX_UPLOAD_BYTES)
    await expectRefusedAndNothingStored(data, 'noise-12mb.png', 413, /larger than 10 MB/)
  })

  it(`refuses an image over ${MAX_IMAGE_PIXELS / 1e6} megapixels, even a small file, with 413`, async () => {
    // 45 megapixels of one colour: a few hundred kilobytes on the wire, 135 MB once decoded.
    const data = await sharp({ create: { width: 9000, height: 5000, channels: 3, background: '#0a0a0a' } })
      .png({ compressionLevel: 9 })
      .toBuffer()
    expect(data.length).toBeLessThan(MAX_UPLOAD_BYTES)
    await expectRefusedAndNothingStored(data, 'huge-canvas.png', 413, /9000 × 5000 pixels.*40 megapixels/)
  })

  it('still accepts an ordinary image', async () => {
    const data = await sharp({ create: { width: 1200, height: 630, channels: 3, background: '#123456' } })
      .png()
      .toBuffer()
    const res = await upload(session, data, 'ordinary.png')
    expect(res.status).toBe(201)
    created.push(res.body.doc!.id)
  })
})
