import path from 'node:path'

import { recreateDatabase } from '@/lib/db/admin'
import { startEmbeddedPostgres, type EmbeddedServer } from '@/lib/db/embedded'
import { run } from '@/lib/runtime/run'
import { bin } from '@/lib/runtime/serve'

export { bin, startNext as nextStart } from '@/lib/runtime/serve'

/** A fresh, migrated and seeded database for a benchmark: BENCH_DATABASE_URL or embedded. */
export async function benchDatabase(): Promise<{ url: string; embedded: EmbeddedServer | null }> {
  let url = process.env.BENCH_DATABASE_URL
  let embedded: EmbeddedServer | null = null
  if (!url) {
    embedded = await startEmbeddedPostgres(path.resolve('.data/bench-postgres'), 54340)
    url = embedded.url('mlops_bench')
  }
  await recreateDatabase(url)
  await run(
    bin('tsx'),
    ['scripts/migrate.ts', '--seed-if-empty'],
    { ...process.env, DATABASE_URL: url },
    'Migrating the bench database',
  )
  return { url, embedded }
}
