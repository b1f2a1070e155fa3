import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * The two lookups of duplicate linking (lib/leads/linkDuplicates.ts), the same person and the same company,
 * read a lead's earlier leads newest first by time, then id. With both keys in their indexes a lookup walks
 * its index backwards and stops at the cap, whatever the values: so the statement can be named and planned
 * once. The indexes of 20261130_164911_lead_intake ended at the address (or at the time): a plan made once for
 * any domain read every lead of the domain's 90 days to sort them (6,170 rows, 12 ms, where this reads 20 in 0.5).
 * Each still serves the plain lookups by address and by domain that the old ones served.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE INDEX IF NOT EXISTS "leads_email_lower_recent_idx" ON "public"."leads" (lower("email"), "received_at", "id");
  CREATE INDEX IF NOT EXISTS "leads_email_domain_recent_idx"
    ON "public"."leads" (lower(split_part("email", '@', 2)), "received_at", "id");
  DROP INDEX IF EXISTS "public"."leads_email_lower_idx";
  DROP INDEX IF EXISTS "public"."leads_email_domain_idx";`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  CREATE INDEX IF NOT EXISTS "leads_email_lower_idx" ON "public"."leads" (lower("email"));
  CREATE INDEX IF NOT EXISTS "leads_email_domain_idx" ON "public"."leads" (lower(split_part("email", '@', 2)), "received_at");
  DROP INDEX IF EXISTS "public"."leads_email_lower_recent_idx";
  DROP INDEX IF EXISTS "public"."leads_email_domain_recent_idx";`)
}
