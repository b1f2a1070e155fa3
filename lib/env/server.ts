import { databaseLocation } from './database'
import { publicUrl } from './publicUrl'

/**
 * Server configuration read from the environment, with the development defaults the README
 * lists. In production the secrets must be set: a missing one stops the app at boot with
 * a sentence saying which.
 */
export type ServerEnv = {
  databaseUrl: string
  databasePoolSize: number
  payloadSecret: string
  serverUrl: string
  allowPush: boolean
}

const DEV_SECRET = 'dev-only-payload-secret-change-me'

export function serverEnv(source: NodeJS.ProcessEnv = process.env): ServerEnv {
  const production = source.NODE_ENV === 'production'
  const payloadSecret = source.PAYLOAD_SECRET || (production && !source.ALLOW_DEV_SECRET ? '' : DEV_SECRET)
  if (!payloadSecret) {
    throw new Error(
      'PAYLOAD_SECRET is not set: set it to a long random string before starting in production.',
    )
  }
  return {
    databaseUrl: databaseLocation(source).url ?? 'postgres://postgres@127.0.0.1:5432/mlops',
    databasePoolSize: Number(source.DATABASE_POOL_SIZE || 10),
    payloadSecret,
    serverUrl: publicUrl(source),
    allowPush: source.PAYLOAD_PUSH === 'true',
  }
}
