import 'server-only'

import { readFile } from 'node:fs/promises'
import path from 'node:path'

import sharp from 'sharp'

import { readMediaFile } from '@/lib/storage/readMedia'
import type { Media, SiteSetting } from '@/payload-types'

export const OG_SIZE = { width: 1200, height: 630 }

/**
 * The sharing image marketing uploaded in the site settings, as a 1200×630 PNG, or null
 * when there is none (or its file is missing, which the log says). The file comes from local
 * disk or the bucket, wherever uploads live (lib/storage/readMedia.ts).
 */
export async function uploadedOgImage(settings: SiteSetting): Promise<Buffer | null> {
  const image = settings.meta?.image
  if (!image || typeof image !== 'object') return null
  const media = image as Media
  const filename = media.sizes?.og?.filename ?? media.filename
  if (!filename) return null
  try {
    return await sharp(await readMediaFile(media, filename))
      .resize(OG_SIZE.width, OG_SIZE.height, { fit: 'cover' })
      .png()
      .toBuffer()
  } catch (error) {
    console.warn(`[og] the uploaded sharing image ${filename} could not be read: ${(error as Error).message}`)
    return null
  }
}

const FONT_DIR = path.join(process.cwd(), 'node_modules/geist/dist/fonts/geist-sans')

/** Geist, shipped with the app (the `geist` package has TTF files, which next/og needs). */
export const ogFonts = async () => [
  {
    name: 'Geist',
    data: await readFile(path.join(FONT_DIR, 'Geist-Regular.ttf')),
    weight: 400 as const,
    style: 'normal' as const,
  },
  {
    name: 'Geist',
    data: await readFile(path.join(FONT_DIR, 'Geist-SemiBold.ttf')),
    weight: 600 as const,
    style: 'normal' as const,
  },
]
