import type { S3ClientConfig } from '@aws-sdk/client-s3'

import type { S3Env } from '../env/s3'

/**
 * How we talk to the bucket: every call gives up after a bounded time (a bucket that stops
 * answering fails the upload or the download, it does not hold the request forever) and
 * connections are kept alive, as `@payloadcms/storage-s3` does by default.
 */
export function s3ClientConfig(env: S3Env): S3ClientConfig {
  return {
    endpoint: env.endpoint,
    region: env.region,
    credentials: env.credentials,
    forcePathStyle: env.forcePathStyle,
    maxAttempts: 3,
    requestHandler: {
      connectionTimeout: 5_000,
      requestTimeout: 30_000,
      throwOnRequestTimeout: true,
      httpAgent: { keepAlive: true, maxSockets: 100 },
      httpsAgent: { keepAlive: true, maxSockets: 100 },
    },
  }
}
