/**
 * The processes bench/leads runs: the app (as `npm start` serves it), the floor, and the job
 * runner on its own (`npm run jobs`), each detached in its own process group, with one
 * environment built here so they differ only where the bench says so.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'

import pg from 'pg'

import { recreateDatabase } from '@/lib/db/admin'
import { run } from '@/lib/runtime/run'
import { appServerCommand } from '@/lib/runtime/server'

import { bin, waitForHttp } from '@/lib/runtime/serve'

export const SALES = { email: 'sales@paiteq.example', password: 'bench-sales-password' }

/** The production environment the app, the floor and the runner share. */
export function benchEnv(
  databaseUrl: string,
  port: number,
  extra: Record<string, string> = {},
): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URL: databaseUrl,
    PORT: String(port),
    PAYLOAD_SECRET: process.env.PAYLOAD_SECRET || 'bench-payload-secret',
    REVALIDATE_SECRET: 'bench-revalidate-secret',
    PREVIEW_SECRET: 'bench-preview-secret',
    NEXT_PUBLIC_SERVER_URL: `http://127.0.0.1:${port}`,
    NEXT_DIST_DIR: process.env.NEXT_DIST_DIR || '.next-bench',
    NEXT_TELEMETRY_DISABLED: '1',
    // Plain http in production: the sales user's session cookie must come back.
    ALLOW_INSECURE_COOKIES: '1',
    SEED_SALES_EMAIL: SALES.email,
    SEED_SALES_PASSWORD: SALES.password,
    ...extra,
  }
}

/** Drops, recreates, migrates and seeds `url` (with the bench's sales user). */
export async function freshDatabase(url: string): Promise<void> {
  await recreateDatabase(url)
  await run(
    bin('tsx'),
    ['scripts/migrate.ts', '--seed-if-empty'],
    benchEnv(url, 0),
    `Migrating ${dbName(url)}`,
  )
}

export const dbName = (url: string) => new URL(url).pathname.slice(1)

/** Builds into NEXT_DIST_DIR (default `.next-bench`) when there is no build there yet. */
export async function ensureBuild(env: NodeJS.ProcessEnv): Promise<void> {
  if (existsSync(path.join(env.NEXT_DIST_DIR ?? '.next-bench', 'BUILD_ID'))) return
  console.log(`No build in ${env.NEXT_DIST_DIR}: building (a few minutes)…`)
  await run(bin('next'), ['build'], env, 'The bench build')
}

export type Proc = { url: string; child: ChildProcess; stop: () => Promise<void> }

function detached(command: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(command, args, { env, stdio: ['ignore', 'ignore', 'inherit'], detached: true })
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || !child.pid) return
  const exited = new Promise((r) => child.once('exit', r))
  process.kill(-child.pid, 'SIGTERM')
  await exited
}

const running = new Set<ChildProcess>()
process.on('exit', () => {
  for (const child of running) if (child.pid && child.exitCode === null) process.kill(-child.pid, 'SIGTERM')
})

async function started(child: ChildProcess, url: string): Promise<Proc> {
  running.add(child)
  await waitForHttp(`${url}/`, child, 120_000)
  return {
    url,
    child,
    stop: async () => {
      await stopChild(child)
      running.delete(child)
    },
  }
}

/** The app as `npm start` serves it (scripts/server.mjs), on `env.PORT`. */
export async function startApp(env: NodeJS.ProcessEnv): Promise<Proc> {
  const { command, args } = appServerCommand(Number(env.PORT))
  return started(detached(command, args, env), `http://127.0.0.1:${env.PORT}`)
}

/** bench/leads/floor.ts, started the same way as the app. */
export async function startFloor(env: NodeJS.ProcessEnv): Promise<Proc> {
  return started(
    detached(process.execPath, ['--import', 'tsx', path.resolve('bench/leads/floor.ts')], env),
    `http://127.0.0.1:${env.PORT}`,
  )
}

/** `npm run jobs`: the job runner as its own process. */
export function startJobs(env: NodeJS.ProcessEnv): { stop: () => Promise<void> } {
  const child = detached(process.execPath, ['--import', 'tsx', path.resolve('scripts/jobs.ts')], env)
  running.add(child)
  return {
    stop: async () => {
      await stopChild(child)
      running.delete(child)
    },
  }
}

/** VACUUM ANALYZE of a whole database: what autovacuum does on its own where it is on. */
export async function vacuum(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    await client.query('VACUUM ANALYZE')
  } finally {
    await client.end()
  }
}

export async function query<T extends pg.QueryResultRow>(
  url: string,
  sql: string,
  values: unknown[] = [],
): Promise<[T, ...T[]]> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const [first, ...rest] = (await client.query<T>(sql, values)).rows
    if (!first) throw new Error(`No row from: ${sql}`)
    return [first, ...rest]
  } finally {
    await client.end()
  }
}
