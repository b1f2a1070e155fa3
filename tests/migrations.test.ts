import path from 'node:path'
import { spawnSync } from 'node:child_process'

import { drizzle } from 'drizzle-orm/node-postgres'
import pg from 'pg'
import { afterAll, describe, expect, it } from 'vitest'

import { dropDatabase, recreateDatabase } from '@/lib/db/admin'
import { migrations } from '@/migrations'
import { fillLeadFormCopy } from '@/migrations/20261126_073145_features'
import { fillPrivacyPage } from '@/migrations/20261126_101720_privacy_page'

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

describe('migrations that fill in content', () => {
  const url = siblingDatabaseUrl(testContext().databaseUrl, 'replay')
  afterAll(() => dropDatabase(url))

  it('give a site seeded before the enquiry form and /privacy the words frozen in them, once, keeping edited words', async () => {
    await recreateDatabase(url)
    const applied = migrate(url)
    expect(applied.status, applied.stderr + applied.stdout).toBe(0)
    // A site as it was before those two migrations: saved globals, a closing section whose form
    // has one word marketing already wrote, and no privacy page. The fills run again on it, as
    // they did when the migrations were first applied to such a site.
    await query(
      url,
      `INSERT INTO site_settings (updated_at, created_at) VALUES (now(), now());
       INSERT INTO closing_cta (updated_at, created_at, form_submit) VALUES (now(), now(), 'Send it');
       INSERT INTO _closing_cta_v (version_updated_at, latest) VALUES (now(), true);`,
    )
    const pool = new pg.Pool({ connectionString: url })
    try {
      const db = drizzle(pool)
      for (let run = 0; run < 2; run++) {
        await fillLeadFormCopy(db)
        await fillPrivacyPage(db)
      }
    } finally {
      await pool.end()
    }

    const [cta] = await query<{
      form_heading: string
      form_submit: string
      form_errors_rate_limited: string
    }>(url, 'SELECT form_heading, form_submit, form_errors_rate_limited FROM closing_cta')
    expect(cta).toEqual({
      form_heading: 'Tell us where it hurts',
      form_submit: 'Send it',
      form_errors_rate_limited: expect.stringContaining('several enquiries from your network'),
    })
    const versions = await query<{ version_form_heading: string }>(
      url,
      'SELECT version_form_heading FROM _closing_cta_v',
    )
    expect(versions).toEqual([{ version_form_heading: 'Tell us where it hurts' }])

    const pages = await query<{ title: string; _status: string; sections: string[] }>(
      url,
      `SELECT p.title, p._status, array_agg(s.heading ORDER BY s._order) AS sections
       FROM privacy_page p JOIN privacy_page_sections s ON s._parent_id = p.id GROUP BY p.id`,
    )
    expect(pages).toEqual([
      {
        title: 'How we handle what you send us',
        _status: 'published',
        sections: [
          'What the form keeps',
          'Why, and who reads it',
          'Email',
          'How long we keep it',
          'Your rights',
        ],
      },
    ])
    const pageVersions = await query<{ latest: boolean; status: string; sections: number }>(
      url,
      `SELECT v.latest, v.version__status AS status, count(s.id)::int AS sections
       FROM _privacy_page_v v JOIN _privacy_page_v_version_sections s ON s._parent_id = v.id GROUP BY v.id`,
    )
    expect(pageVersions).toEqual([{ latest: true, status: 'published', sections: 5 }])
  })
})
