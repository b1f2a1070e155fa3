import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * A lead links to each earlier lead once. Duplicate linking (lib/leads/linkDuplicates.ts) writes its links in
 * one statement, with `ON CONFLICT` on this index: two runs for one lead at once (a retry after a lease ran
 * out) end with one set of links, without a lock held across round trips. Links written twice before it are
 * removed first (the first kept).
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  DELETE FROM "leads_rels" AS later USING "leads_rels" AS first
   WHERE later."path" = 'duplicates' AND first."path" = 'duplicates'
     AND later."parent_id" = first."parent_id" AND later."leads_id" = first."leads_id" AND later."id" > first."id";
  CREATE UNIQUE INDEX IF NOT EXISTS "leads_rels_duplicates_once_idx"
    ON "leads_rels" ("parent_id", "leads_id") WHERE "path" = 'duplicates';`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`DROP INDEX IF EXISTS "leads_rels_duplicates_once_idx";`)
}
