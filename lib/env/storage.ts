/**
 * Local folders for uploads when there is no bucket (`lib/env/s3.ts`): a single `npm start` keeps
 * them under `.data/`.
 */

/** `MEDIA_DIR`, default `.data/media`: uploaded images. */
export const mediaDir = (source: NodeJS.ProcessEnv = process.env): string => source.MEDIA_DIR || '.data/media'

/** `EXPORTS_DIR`, default `.data/exports`: saved lead exports. */
export const exportsDir = (source: NodeJS.ProcessEnv = process.env): string =>
  source.EXPORTS_DIR || '.data/exports'
