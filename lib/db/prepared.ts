import { fillPlaceholders, type SQL } from '@payloadcms/db-postgres/drizzle'
import { PgDialect } from '@payloadcms/db-postgres/drizzle/pg-core'
import type { Pool, QueryResultRow } from 'pg'

const dialect = new PgDialect()

export type Prepared<Row extends QueryResultRow> = (
  pool: Pick<Pool, 'query'>,
  values: Record<string, unknown>,
) => Promise<Row[]>

/**
 * A statement written once with Drizzle (`sql.placeholder(name)` for what varies), sent as a named prepared
 * statement: each connection has Postgres parse and plan it once, not on every request. For the few
 * statements run on every enquiry.
 */
export function prepared<Row extends QueryResultRow>(name: string, statement: SQL): Prepared<Row> {
  const { sql: text, params } = dialect.sqlToQuery(statement)
  return async (pool, values) =>
    (await pool.query<Row>({ name, text, values: fillPlaceholders(params, values) })).rows
}

/** A list of ids as one parameter, a Postgres integer-array literal (Drizzle would spread a JS array into a list). */
export const intArrayParam = (ids: number[]): string => `{${ids.filter(Number.isInteger).join(',')}}`
