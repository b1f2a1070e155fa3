import { drizzle, type NodePgDatabase } from '@payloadcms/db-postgres/drizzle/node-postgres'
import pg from 'pg'
import type { Payload } from 'payload'

import { poolOptions } from '../db/pool'
import { postgres } from '../db/postgres'
import { serverEnv } from '../env/server'

/** What the intake needs of the database: Drizzle for its queries, the pool for the rate limit's upsert. */
export type IntakeDb = { drizzle: NodePgDatabase; pool: pg.Pool }

/** Connections of the server's own intake pool (scripts/server.mjs); Payload's pool is apart. */
const INTAKE_POOL_SIZE = 8

const onPayloadPool = new WeakMap<pg.Pool, IntakeDb>()

/** The intake's handle on Payload's own pool (the server action, `next dev`, tests). */
export function intakeDbOf(payload: Payload): IntakeDb {
  const { pool } = postgres(payload)
  let db = onPayloadPool.get(pool)
  if (!db) onPayloadPool.set(pool, (db = { pool, drizzle: drizzle(pool) }))
  return db
}

/**
 * A handle for the intake outside Payload (the production server answers the JSON endpoint before Next, see
 * lib/leads/intakeServer.ts): its own small pool, with the timeouts of every pool of the app.
 */
export function ownIntakeDb(): IntakeDb {
  const pool = new pg.Pool({
    connectionString: serverEnv().databaseUrl,
    max: INTAKE_POOL_SIZE,
    ...poolOptions(),
  })
  pool.on('error', (error) => console.error(`Postgres connection lost (intake): ${error.message}`))
  return { pool, drizzle: drizzle(pool) }
}
