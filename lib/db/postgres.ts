import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

/** Payload's database adapter, when it is the Postgres one (it always is here: payload.config.ts). */
const isPostgres = (db: Payload['db']): db is Payload['db'] & PostgresAdapter =>
  'pool' in db && 'drizzle' in db && typeof db.pool === 'object' && db.pool !== null

/**
 * The one typed way into the database behind Payload: its pg pool (for the few statements that need raw SQL)
 * and its Drizzle instance (queries built from `payload-generated-schema.ts`, `npm run generate:db-schema`).
 */
export function postgres(payload: Payload): PostgresAdapter {
  const { db } = payload
  if (!isPostgres(db))
    throw new Error('This app runs on Postgres: payload.config.ts must use the Postgres adapter.')
  return db
}
