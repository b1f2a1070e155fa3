import path from 'node:path'

import { recreateDatabase } from '@/lib/db/admin'
import { startEmbeddedPostgres, type EmbeddedServer } from '@/lib/db/embedded'
import { run } from '@/lib/runtime/run'

/**
 * The tests' own database, dropped and created anew at the start of every run:
 * `TEST_DATABASE_URL` when set, else an embedded Postgres under `.data/test-postgres`.
 */
export async function freshTestDatabase(): Promise<{ url: string; embedded: EmbeddedServer | null }> {
  let url = process.env.TEST_DATABASE_URL
  let embedded: EmbeddedServer | null = null
  if (!url) {
    embedded = await startEmbeddedPostgres(
      path.resolve('.data/test-postgres'),
      Number(process.env.TEST_PG_PORT || 54330),
    )
    url = embedded.url('mlops_test')
  }
  await recreateDatabase(url)
  return { url, embedded }
}

/** A sibling database on the same server, for tests that need an empty one. */
export function siblingDatabaseUrl(url: string, suffix: string): string {
  const parsed = new URL(url)
  parsed.pathname = `${parsed.pathname}_${suffix}`
  return parsed.toString()
}

/** Migrates and seeds the database `env.DATABASE_URL` names, as `npm start` does on a first run. */
export async function migrateAndSeed(
  env: Record<string, string | undefined>,
  label = 'Migrating',
): Promise<void> {
  await run(
    path.resolve('node_modules/.bin/tsx'),
    ['scripts/migrate.ts', '--seed-if-empty'],
    { ...process.env, ...env },
    label,
  )
}
