import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'linkLeadDuplicates' BEFORE 'sendAccountEmail';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'linkLeadDuplicates' BEFORE 'sendAccountEmail';`)
  // Every insert into the queue wakes the runners listening on this channel (lib/jobs/wake.ts) when it commits,
  // so new work starts within milliseconds instead of at the next poll. Once per statement, not per row.
  await db.execute(sql`
  CREATE OR REPLACE FUNCTION "public"."payload_jobs_notify_queued"() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    PERFORM pg_notify('payload_jobs_queued', '');
    RETURN NULL;
  END
  $$;
  CREATE TRIGGER "payload_jobs_queued" AFTER INSERT ON "public"."payload_jobs"
    FOR EACH STATEMENT EXECUTE FUNCTION "public"."payload_jobs_notify_queued"();`)
  // The duplicate lookup (lib/leads/linkDuplicates.ts) by address and by company domain, at any number of leads.
  await db.execute(sql`
  CREATE INDEX IF NOT EXISTS "leads_email_lower_idx" ON "public"."leads" (lower("email"));
  CREATE INDEX IF NOT EXISTS "leads_email_domain_idx" ON "public"."leads" (lower(split_part("email", '@', 2)), "received_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP INDEX IF EXISTS "public"."leads_email_domain_idx";
  DROP INDEX IF EXISTS "public"."leads_email_lower_idx";
  DROP TRIGGER IF EXISTS "payload_jobs_queued" ON "public"."payload_jobs";
  DROP FUNCTION IF EXISTS "public"."payload_jobs_notify_queued"();
  DELETE FROM "payload_jobs" WHERE "task_slug" = 'linkLeadDuplicates';
  DELETE FROM "payload_jobs_log" WHERE "task_slug" = 'linkLeadDuplicates';`)
  await db.execute(sql`
   ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'sendLeadEmail', 'sendAccountEmail', 'purgeSpamLeads', 'createCollectionExport', 'createCollectionImport', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'sendLeadEmail', 'sendAccountEmail', 'purgeSpamLeads', 'createCollectionExport', 'createCollectionImport', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";`)
}
