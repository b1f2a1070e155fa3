import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * The lead list at tens of thousands of leads. The admin's search (`listSearchableFields`:
 * name, email, company) is Payload's `like`, which the Postgres adapter writes as
 * `column ILIKE '%word%'`: a btree cannot serve that, a trigram GIN index can (pg_trgm is a
 * trusted extension, so the database owner may create it). The same indexes serve the
 * duplicate lookup's `email ILIKE '%@domain%'`. The dashboard panel counts and lists new leads
 * by arrival (`status = 'new'`, `received_at` before the SLA cutoff, newest first): one
 * (status, received_at) index answers all three.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE EXTENSION IF NOT EXISTS pg_trgm;
  CREATE INDEX IF NOT EXISTS "leads_name_trgm_idx" ON "leads" USING gin ("name" gin_trgm_ops);
  CREATE INDEX IF NOT EXISTS "leads_email_trgm_idx" ON "leads" USING gin ("email" gin_trgm_ops);
  CREATE INDEX IF NOT EXISTS "leads_company_trgm_idx" ON "leads" USING gin ("company" gin_trgm_ops);
  CREATE INDEX IF NOT EXISTS "leads_status_received_at_idx" ON "leads" USING btree ("status", "received_at");`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP INDEX IF EXISTS "leads_status_received_at_idx";
  DROP INDEX IF EXISTS "leads_company_trgm_idx";
  DROP INDEX IF EXISTS "leads_email_trgm_idx";
  DROP INDEX IF EXISTS "leads_name_trgm_idx";
  DROP EXTENSION IF EXISTS pg_trgm;`)
}
