import 'server-only'

import { readFile } from 'node:fs/promises'
import path from 'node:path'

import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3'

import type { Media } from '@/payload-types'

import { s3Env } from '../env/s3'
import { mediaDir as mediaDirSetting } from '../env/storage'
import { MEDIA_PREFIX } from './prefixes'
import { s3ClientConfig } from './s3Client'

// Uploads live outside the build (MEDIA_DIR): nothing for the bundler to trace.
const mediaDir = () => path.resolve(/*turbopackIgnore: true*/ mediaDirSetting())

let client: S3Client | undefined

/**
 * The bytes of one of a media document's files (`filename` is the original's or a size's),
 * from wherever uploads live: the bucket when `S3_BUCKET` is set, `MEDIA_DIR` otherwise.
 * The object's key is the document's folder (its `prefix`, then `_objectKey` when the plugin
 * set one) and the file's name, as `@payloadcms/storage-s3` wrote it.
 */
export async function readMediaFile(
  media: Pick<Media, 'prefix' | '_objectKey'>,
  filename: string,
): Promise<Buffer> {
  const name = path.basename(filename)
  const env = s3Env()
  if (!env) return readFile(/*turbopackIgnore: true*/ path.join(/*turbopackIgnore: true*/ mediaDir(), name))
  client ??= new S3Client(s3ClientConfig(env))
  const key = path.posix.join(media.prefix || MEDIA_PREFIX, media._objectKey || '', name)
  const object = await client.send(new GetObjectCommand({ Bucket: env.bucket, Key: key }), {
    abortSignal: AbortSignal.timeout(30_000),
  })
  if (!object.Body) throw new Error(`the bucket returned no body for ${key}`)
  return Buffer.from(await object.Body.transformToByteArray())
}
