import path from 'node:path'

import { databaseLocation } from '../env/database'
import { ensureDatabase } from './admin'
import { startEmbeddedPostgres, type EmbeddedServer } from './embedded'

export type ResolvedDatabase = { url: string; embedded: EmbeddedServer | null }

/**
 * `DATABASE_URL` when set; otherwise an embedded Postgres (`lib/env/database.ts` says where)
 * holding the database `name`.
 */
export async function resolveDatabase(name: string, env?: NodeJS.ProcessEnv): Promise<ResolvedDatabase> {
  const location = databaseLocation(env)
  if (location.url !== null) return { url: location.url, embedded: null }
  const embedded = await startEmbeddedPostgres(path.resolve(location.embeddedDataDir), location.embeddedPort)
  const url = embedded.url(name)
  await ensureDatabase(url)
  return { url, embedded }
}
