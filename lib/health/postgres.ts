import pg from 'pg'

import { serverEnv } from '../env/server'
import { withTimeout } from './timeout'

const TIMEOUT_MS = 1_000

let pool: pg.Pool | undefined

/**
 * Resolves when the app's database answers `select 1` within a second. The check keeps one
 * connection of its own, outside Payload's pool: a pool busy with real work does not make
 * the instance look down, and a check never takes a connection from a visitor.
 */
export async function pingPostgres(): Promise<void> {
  pool ??= new pg.Pool({
    connectionString: serverEnv().databaseUrl,
    max: 1,
    connectionTimeoutMillis: TIMEOUT_MS,
    query_timeout: TIMEOUT_MS,
    allowExitOnIdle: true,
  }).on('error', () => {
    // An idle connection dropped by the server: the next check opens another, and says so.
  })
  await withTimeout(pool.query('select 1'), TIMEOUT_MS + 500, 'Postgres')
}
