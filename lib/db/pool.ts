import type { ClientBase, PoolConfig } from 'pg'

import { databaseTimeouts, type DatabaseTimeouts } from '../env/database'

const isReadTimeout = (error: unknown): error is Error =>
  error instanceof Error && error.message === 'Query read timeout'

/**
 * A statement that got no answer (query_timeout) leaves its connection waiting on it. Out
 * of a transaction pg's pool drops such a connection itself. In one, the holder may never
 * hand it back: drizzle (under Payload's transactions) does not release the connection when
 * `begin` fails, so the pool would count it as busy for good, and after a hang a pool whose
 * every slot is held that way refuses everyone. Such a connection leaves the pool at once
 * (pg ends it), and its holder's own release later does nothing.
 */
function dropOnReadTimeout(client: ClientBase): void {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown
  const watched = (...args: unknown[]) => {
    const result = query(...args)
    if (result instanceof Promise)
      result.catch((error: unknown) => isReadTimeout(error) && drop(client, error))
    return result
  }
  client.query = watched as ClientBase['query']
}

function drop(client: ClientBase, error: Error): void {
  if (!('release' in client) || typeof client.release !== 'function') return
  const release = client.release as (error?: Error) => void
  client.release = () => {}
  try {
    release.call(client, error)
  } catch {
    // Already back in the pool: nothing is held.
  }
}

/** The pool options that keep a silent database from holding requests or connections. */
export function poolOptions(timeouts: DatabaseTimeouts = databaseTimeouts()): PoolConfig {
  return {
    connectionTimeoutMillis: timeouts.connectMs,
    // pg sends no limit for 0.
    statement_timeout: timeouts.statementMs,
    query_timeout: timeouts.queryMs,
    idle_in_transaction_session_timeout: timeouts.idleInTransactionMs,
    idleTimeoutMillis: timeouts.idleMs,
    keepAlive: true,
    keepAliveInitialDelayMillis: timeouts.keepAliveDelayMs,
    onConnect: (client) => {
      dropOnReadTimeout(client)
      // A connection out of the pool has no listener of the pool's: when Postgres ends it
      // while its holder waits, its error must not end the process (the holder's query fails).
      client.on('error', () => {})
    },
  }
}

/**
 * Scripts' maintenance connections (CREATE/DROP DATABASE, lib/db/admin.ts): such statements
 * may take seconds on a busy server, but one that stopped answering must not hang a script.
 */
export const maintenanceTimeouts = {
  connectionTimeoutMillis: 5_000,
  query_timeout: 60_000,
  keepAlive: true,
} as const satisfies PoolConfig
