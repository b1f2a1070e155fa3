import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { postgres } from './postgres'

const GUARDED = Symbol.for('paiteq.poolGuarded')

/**
 * pg's pool re-emits errors of idle connections (Postgres restarted, network cut); with no
 * listener that is an uncaught exception that ends the process. Log them instead: the
 * pool opens new connections when Postgres answers again, and requests meanwhile get 503.
 */
export function guardPool(payload: Payload): void {
  const pool: PostgresAdapter['pool'] & { [GUARDED]?: boolean } = postgres(payload).pool
  if (pool[GUARDED]) return
  pool[GUARDED] = true
  pool.on('error', (error) => console.error(`Postgres connection lost: ${error.message}`))
}
