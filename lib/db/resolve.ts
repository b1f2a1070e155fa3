import path from 'node:path'

import { ensureDatabase } from './admin'
import { startEmbeddedPostgres, type EmbeddedServer } from './embedded'

export type ResolvedDatabase = { url: string; embedded: EmbeddedServer | null }

/**
 * `DATABASE_URL` when set; otherwise an embedded Postgres under `.data/postgres`
 * (port `EMBEDDED_PG_PORT`, default 54320) holding the database `name`.
 */
export async function resolveDatabase(name: string, env = process.env): Promise<ResolvedDatabase> {
  if (env.DATABASE_URL) return { url: env.DATABASE_URL, embedded: null }
  const dataDir = path.resolve(env.EMBEDDED_PG_DIR || '.data/postgres')
  const port = Number(env.EMBEDDED_PG_PORT || 54320)
  const embedded = await startEmbeddedPostgres(dataDir, port)
  const url = embedded.url(name)
  await ensureDatabase(url)
  return { url, embedded }
}
