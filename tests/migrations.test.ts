import path from 'node:path'
import { spawnSync } from 'node:child_process'

import pg from 'pg'
import { afterAll, describe, expect, it } from 'vitest'

import { dropDatabase, recreateDatabase } from '@/lib/db/admin'
import { migrations } from '@/migrations'

import { siblingDatabaseUrl } from './setup/database'
import { testContext } from './support/context'

const migrate = (url: string) =>
  spawnSync(path.resolve('node_modules/.bin/tsx'), ['scripts/migrate.ts'], {
    env: { ...process.env, DATABASE_URL: url, NODE_ENV: 'production', PAYLOAD_SECRET: 'x' },
    encoding: 'utf8',
    timeout: 120_000,
  })

async function query<T>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return (await client.query(sql)).rows as T[]
  } finally {
    await client.end()
  }
}

describe('migrations', () => {
  const url = siblingDatabaseUrl(testContext().databaseUrl, 'empty')
  afterAll(() => dropDatabase(url))

  it('apply to an empty database, every one recorded once, and a second run changes nothing', async () => {
    await recreateDatabase(url)
    const first = migrate(url)
    expect(first.status, first.stderr + first.stdout).toBe(0)

    const tables = await query<{ table_name: string }>(
      url,
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'",
    )
    const names = tables.map((t) => t.table_name)
    for (const table of [
      'service_areas',
      'stack_rows',
      'patterns',
      'gates',
      'drift_thresholds',
      'engagement_phases',
      'shapes',
      'faqs',
      'users',
      'media',
      'hero',
      'decide_tree',
    ]) {
      expect(names).toContain(table)
    }

    const applied = await query<{ name: string; batch: number }>(
      url,
      'SELECT name, batch FROM payload_migrations ORDER BY name',
    )
    expect(applied.map((m) => m.name)).toEqual(migrations.map((m) => m.name).sort())
    expect(applied.every((m) => m.batch > 0)).toBe(true)

    const second = migrate(url)
    expect(second.status, second.stderr).toBe(0)
    const again = await query<{ count: string }>(url, 'SELECT count(*) FROM payload_migrations')
    expect(Number(again[0]!.count)).toBe(migrations.length)
  })
})
