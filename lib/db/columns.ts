import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PgTableWithColumns, TableConfig } from '@payloadcms/db-postgres/drizzle/pg-core'

/**
 * A table's columns as bare SQL identifiers, named in `payload-generated-schema.ts`
 * (`npm run generate:db-schema`): `const job = columnsOf(payload_jobs)`, then `${job('hasError')}` writes
 * `"has_error"`. For statements where Drizzle's own `"table"."column"` form does not fit (a `SET` target, a
 * column under an alias), so a renamed field fails the type check rather than the query.
 */
export const columnsOf =
  <T extends TableConfig>(table: PgTableWithColumns<T>) =>
  (key: keyof T['columns'] & string) =>
    sql.identifier(table[key].name)
