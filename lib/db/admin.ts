import pg from 'pg'

import { maintenanceTimeouts } from './pool'

/** True when a connection to `url` opens within `timeoutMs`. */
export async function canConnect(url: string, timeoutMs = 3000): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: timeoutMs })
  try {
    await client.connect()
    return true
  } catch {
    return false
  } finally {
    await client.end().catch(() => {})
  }
}

/** The reason a connection to `url` fails, or null when it opens. */
export async function connectionProblem(url: string, timeoutMs = 5000): Promise<string | null> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: timeoutMs })
  try {
    await client.connect()
    return null
  } catch (error) {
    return (error as Error).message || String(error)
  } finally {
    await client.end().catch(() => {})
  }
}

function split(url: string): { maintenance: string; database: string } {
  const parsed = new URL(url)
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, ''))
  if (!/^[A-Za-z0-9_-]+$/.test(database)) throw new Error(`Unsupported database name in URL: "${database}"`)
  parsed.pathname = '/postgres'
  return { maintenance: parsed.toString(), database }
}

async function withMaintenance<T>(url: string, fn: (client: pg.Client, database: string) => Promise<T>) {
  const { maintenance, database } = split(url)
  const client = new pg.Client({ connectionString: maintenance, ...maintenanceTimeouts })
  await client.connect()
  try {
    return await fn(client, database)
  } finally {
    await client.end()
  }
}

/** Creates the database named in `url` when it does not exist yet. */
export function ensureDatabase(url: string): Promise<void> {
  return withMaintenance(url, async (client, database) => {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database])
    if (!rowCount) await client.query(`CREATE DATABASE "${database}"`)
  })
}

/** Drops (disconnecting its sessions) and recreates the database named in `url`. */
export function recreateDatabase(url: string): Promise<void> {
  return withMaintenance(url, async (client, database) => {
    await client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`)
    await client.query(`CREATE DATABASE "${database}"`)
  })
}

export function dropDatabase(url: string): Promise<void> {
  return withMaintenance(url, async (client, database) => {
    await client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`)
  })
}
