import { getTableColumns, sql } from '@payloadcms/db-postgres/drizzle'
import type { PgTable } from '@payloadcms/db-postgres/drizzle/pg-core'

import { leads, leads_rels, payload_jobs } from '@/payload-generated-schema'

import { arrivalJobs } from './arrival'
import { intArrayParam, prepared, type Prepared } from '../db/prepared'
import type { IntakeDb } from './intakeDb'

/** A lead row as Payload's schema stores it (`payload-generated-schema.ts`, generated from the collection). */
export type LeadRow = typeof leads.$inferInsert

export type Stored = { id: number; reference: string; duplicate: boolean }

/** The queue the arrival jobs go on: the one every runner drains as soon as it is told (lib/jobs/wake.ts). */
const QUEUE = 'default'

/** A column's name in the database, from the generated schema (never written out here). */
function columnName<T extends PgTable>(table: T, key: string & keyof T['_']['columns']): string {
  const found = getTableColumns(table)[key]
  if (!found) throw new Error(`No column ${key} in the generated schema: run npm run generate:db-schema.`)
  return found.name
}

const column = <T extends PgTable>(table: T, key: string & keyof T['_']['columns']) =>
  sql.identifier(columnName(table, key))

/** The statement for rows with these columns (a lead row always has the same ones), built once. */
const statements = new Map<string, Prepared<{ id: number; reference: string }>>()

function storeStatement(keys: (string & keyof LeadRow)[]): Prepared<{ id: number; reference: string }> {
  const signature = keys.join(',')
  let statement = statements.get(signature)
  if (statement) return statement
  const leadId = column(leads, 'id')
  statement = prepared(
    `lead_store_${statements.size}`,
    sql`
    WITH lead AS (
      INSERT INTO ${leads} (${sql.join(
        keys.map((key) => column(leads, key)),
        sql`, `,
      )})
      VALUES (${sql.join(
        keys.map((key) => sql.placeholder(key)),
        sql`, `,
      )})
      ON CONFLICT (${column(leads, 'submissionId')}) DO NOTHING
      RETURNING ${leadId} AS id, ${column(leads, 'reference')} AS reference
    ), areas AS (
      INSERT INTO ${leads_rels} (${column(leads_rels, 'parent')}, ${column(leads_rels, 'path')},
                                 ${column(leads_rels, 'order')}, ${column(leads_rels, 'service-areasID')})
      SELECT lead.id, 'areas', a.ord, a.id
        FROM lead, unnest(${sql.placeholder('__areas')}::int[]) WITH ORDINALITY AS a(id, ord)
    ), jobs AS (
      INSERT INTO ${payload_jobs} (${column(payload_jobs, 'taskSlug')}, ${column(payload_jobs, 'input')},
                                   ${column(payload_jobs, 'queue')})
      SELECT j.${column(payload_jobs, 'taskSlug')},
             jsonb_set(j.${column(payload_jobs, 'input')}, '{leadId}', to_jsonb(lead.id)),
             j.${column(payload_jobs, 'queue')}
        FROM lead, jsonb_populate_recordset(NULL::${payload_jobs}, ${sql.placeholder('__jobs')}::jsonb) AS j
    )
    SELECT id, reference FROM lead`,
  )
  statements.set(signature, statement)
  return statement
}

/**
 * Stores a new lead and queues its work in one statement, so one transaction: the row, its service areas in
 * the order chosen, and its jobs (duplicate linking, the two emails) commit together or not at all, and the
 * jobs' insert wakes every runner on commit (migration 20261130_164911_lead_intake). A second submission with
 * the same id stores nothing and gets the first one's reference. Tables and columns come from Payload's
 * generated schema: the rows are those Payload's admin reads. The statement is prepared once per connection.
 */
export async function storeLead(
  { drizzle, pool }: IntakeDb,
  row: LeadRow,
  areaIds: number[],
): Promise<Stored> {
  const keys = (Object.keys(row) as (string & keyof LeadRow)[]).filter((key) => row[key] !== undefined).sort()
  // Each job as a row of the jobs table in JSON (column name → value); the lead's id is set in SQL.
  const jobs = arrivalJobs(0, row.spam === true).map((job) => ({
    [columnName(payload_jobs, 'taskSlug')]: job.task,
    [columnName(payload_jobs, 'input')]: job.input,
    [columnName(payload_jobs, 'queue')]: QUEUE,
  }))
  const [stored] = await storeStatement(keys)(pool, {
    ...row,
    __areas: intArrayParam(areaIds),
    __jobs: JSON.stringify(jobs),
  })
  if (stored) return { ...stored, duplicate: false }
  const [first] = await drizzle
    .select({ id: leads.id, reference: leads.reference })
    .from(leads)
    .where(sql`${leads.submissionId} = ${row.submissionId}`)
  if (!first)
    throw new Error('The submission was stored by another request that then rolled back; try again.')
  return { ...first, duplicate: true }
}
