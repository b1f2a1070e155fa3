import { s3Storage } from '@payloadcms/storage-s3'

import { s3Env } from '../env/s3'
import { EXPORTS_PREFIX, MEDIA_PREFIX } from './prefixes'
import { s3ClientConfig } from './s3Client'

/**
 * Uploads in the bucket when `S3_BUCKET` is set: marketing's media and the saved lead exports,
 * each under its own prefix. Files are still served through Payload (`/api/<collection>/file/…`),
 * so read access is checked as before and the bucket can stay private.
 *
 * Without `S3_BUCKET` the plugin is off and files stay on local disk. `alwaysInsertFields` and a
 * prefix on each collection keep the columns the plugin needs (`prefix`, `_object_key`) in the
 * schema either way, so one set of migrations serves both.
 */
export function uploadStorage() {
  const env = s3Env()
  return s3Storage({
    enabled: env !== null,
    alwaysInsertFields: true,
    bucket: env?.bucket ?? '',
    config: env ? s3ClientConfig(env) : {},
    collections: {
      media: { prefix: MEDIA_PREFIX },
      exports: { prefix: EXPORTS_PREFIX },
    },
  })
}
