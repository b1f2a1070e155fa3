import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

const GUARDED = Symbol.for('paiteq.poolGuarded')

/**
 * pg's pool re-emits errors of idle connections (Postgres restarted, network cut); with no
 * listener that is an uncaught exception that ends the process. Log them instead: the
 * pool opens new connections when Postgres answers again, and requests meanwhile get 503.
 */
export function guardPool(payload: Payload): void {
  const pool = (payload.db as unknown as Partial<PostgresAdapter>).pool as
    | (PostgresAdapter['pool'] & { [GUARDED]?: boolean })
    | undefined
  if (!pool || pool[GUARDED]) return
  pool[GUARDED] = true
  pool.on('error', (error) => console.error(`Postgres connection lost: ${error.message}`))
}
