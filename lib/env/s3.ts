/**
 * Where uploads live when several instances share them: an S3-compatible bucket, configured
 * by `S3_*` (README → Environment). Without `S3_BUCKET` uploads stay on local disk
 * (`MEDIA_DIR`, `EXPORTS_DIR`), as a single `npm start` needs.
 */
export type S3Env = {
  bucket: string
  /** Another S3-compatible service (MinIO, R2, s3rver…); unset means AWS itself. */
  endpoint: string | undefined
  region: string
  /** Unset means the AWS SDK's own chain (instance role, `AWS_*` variables). */
  credentials: { accessKeyId: string; secretAccessKey: string } | undefined
  /** `bucket` in the path rather than the host name, which most non-AWS services need. */
  forcePathStyle: boolean
}

export function s3Env(source: NodeJS.ProcessEnv = process.env): S3Env | null {
  const bucket = source.S3_BUCKET?.trim()
  if (!bucket) return null
  const accessKeyId = source.S3_ACCESS_KEY_ID || ''
  const secretAccessKey = source.S3_SECRET_ACCESS_KEY || ''
  if (Boolean(accessKeyId) !== Boolean(secretAccessKey))
    throw new Error('S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together: set both or neither.')
  return {
    bucket,
    endpoint: source.S3_ENDPOINT || undefined,
    region: source.S3_REGION || 'us-east-1',
    credentials: accessKeyId ? { accessKeyId, secretAccessKey } : undefined,
    forcePathStyle: source.S3_FORCE_PATH_STYLE === 'true' || source.S3_FORCE_PATH_STYLE === '1',
  }
}
