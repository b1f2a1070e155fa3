import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

import { fillLeadFormCopy } from '../lib/seed/leadFormCopy'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'sendLeadEmail' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'sendLeadEmail' BEFORE 'schedulePublish';
  CREATE TABLE "email_outbox" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"idempotency_key" varchar NOT NULL,
  	"kind" varchar,
  	"lead_id" integer,
  	"from" varchar,
  	"to" varchar,
  	"reply_to" varchar,
  	"subject" varchar,
  	"text" varchar,
  	"html" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "lead_rate_limits" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"window_start" timestamp(3) with time zone NOT NULL,
  	"count" numeric NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "email_outbox_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "lead_rate_limits_id" integer;
  ALTER TABLE "closing_cta" ADD COLUMN "form_heading" varchar;
  ALTER TABLE "closing_cta" ADD COLUMN "form_intro" varchar;
  ALTER TABLE "closing_cta" ADD COLUMN "form_labels_name" varchar;
  ALTER TABLE "closing_cta" ADD COLUMN "form_labels_email" varchar;
  ALTER TABLE "closing_cta" ADD COLUMN "form_labels_company" varchar;
  ALTER TABLE "closing_cta" ADD COLUMN "form_labels_role" varchar;
  ALTER TABLE "closing_cta" ADD COLUMN "form_labels_areas" varchar;
  ALTER TABLE "closing_cta" ADD COLUMN "form_labels_cloud" varchar;
  ALTER TABLE "closing_cta" ADD COLUMN "form_labels_timeline" varchar;
  ALTER TABLE "closing_cta" ADD COLUMN "form_labels_message" varchar;
  ALTER TABLE "closing_cta" ADD COLUMN "form_labels_optional" varchar;
  ALTER TABLE "closing_cta" ADD COLUMN "form_labels_choose" varchar;
  ALTER TABLE "closing_cta" ADD COLUMN "form_labels_honeypot" varchar;
  ALTER TABLE "closing_cta" ADD COLUMN "form_help_email" varchar;
  ALTER TABLE "closing_cta" ADD COLUMN "form_help_areas" varchar;
  ALTER TABLE "closing_cta" ADD COLUMN "form_help_message" varchar;
  ALTER TABLE "closing_cta" ADD COLUMN "form_consent_text" varchar;
  ALTER TABLE "closing_cta" ADD COLUMN "form_consent_privacy_label" varchar;
  ALTER TABLE "closing_cta" ADD COLUMN "form_consent_privacy_href" varchar;
  ALTER TABLE "closing_cta" ADD COLUMN "form_submit" varchar;
  ALTER TABLE "closing_cta" ADD COLUMN "form_sending" varchar;
  ALTER TABLE "closing_cta" ADD COLUMN "form_errors_summary" varchar;
  ALTER TABLE "closing_cta" ADD COLUMN "form_errors_required" varchar;
  ALTER TABLE "closing_cta" ADD COLUMN "form_errors_email" varchar;
  ALTER TABLE "closing_cta" ADD COLUMN "form_errors_too_long" varchar;
  ALTER TABLE "closing_cta" ADD COLUMN "form_errors_control_chars" varchar;
  ALTER TABLE "closing_cta" ADD COLUMN "form_errors_choice" varchar;
  ALTER TABLE "closing_cta" ADD COLUMN "form_errors_consent" varchar;
  ALTER TABLE "closing_cta" ADD COLUMN "form_errors_unknown_field" varchar;
  ALTER TABLE "closing_cta" ADD COLUMN "form_errors_type" varchar;
  ALTER TABLE "closing_cta" ADD COLUMN "form_errors_rate_limited" varchar;
  ALTER TABLE "closing_cta" ADD COLUMN "form_errors_unavailable" varchar;
  ALTER TABLE "closing_cta" ADD COLUMN "form_success_title" varchar;
  ALTER TABLE "closing_cta" ADD COLUMN "form_success_body" varchar;
  ALTER TABLE "closing_cta" ADD COLUMN "form_success_reference_label" varchar;
  ALTER TABLE "closing_cta" ADD COLUMN "form_confirmation_email_subject" varchar;
  ALTER TABLE "closing_cta" ADD COLUMN "form_confirmation_email_greeting" varchar;
  ALTER TABLE "closing_cta" ADD COLUMN "form_confirmation_email_body" varchar;
  ALTER TABLE "closing_cta" ADD COLUMN "form_confirmation_email_summary_label" varchar;
  ALTER TABLE "closing_cta" ADD COLUMN "form_confirmation_email_signature" varchar;
  ALTER TABLE "_closing_cta_v" ADD COLUMN "version_form_heading" varchar;
  ALTER TABLE "_closing_cta_v" ADD COLUMN "version_form_intro" varchar;
  ALTER TABLE "_closing_cta_v" ADD COLUMN "version_form_labels_name" varchar;
  ALTER TABLE "_closing_cta_v" ADD COLUMN "version_form_labels_email" varchar;
  ALTER TABLE "_closing_cta_v" ADD COLUMN "version_form_labels_company" varchar;
  ALTER TABLE "_closing_cta_v" ADD COLUMN "version_form_labels_role" varchar;
  ALTER TABLE "_closing_cta_v" ADD COLUMN "version_form_labels_areas" varchar;
  ALTER TABLE "_closing_cta_v" ADD COLUMN "version_form_labels_cloud" varchar;
  ALTER TABLE "_closing_cta_v" ADD COLUMN "version_form_labels_timeline" varchar;
  ALTER TABLE "_closing_cta_v" ADD COLUMN "version_form_labels_message" varchar;
  ALTER TABLE "_closing_cta_v" ADD COLUMN "version_form_labels_optional" varchar;
  ALTER TABLE "_closing_cta_v" ADD COLUMN "version_form_labels_choose" varchar;
  ALTER TABLE "_closing_cta_v" ADD COLUMN "version_form_labels_honeypot" varchar;
  ALTER TABLE "_closing_cta_v" ADD COLUMN "version_form_help_email" varchar;
  ALTER TABLE "_closing_cta_v" ADD COLUMN "version_form_help_areas" varchar;
  ALTER TABLE "_closing_cta_v" ADD COLUMN "version_form_help_message" varchar;
  ALTER TABLE "_closing_cta_v" ADD COLUMN "version_form_consent_text" varchar;
  ALTER TABLE "_closing_cta_v" ADD COLUMN "version_form_consent_privacy_label" varchar;
  ALTER TABLE "_closing_cta_v" ADD COLUMN "version_form_consent_privacy_href" varchar;
  ALTER TABLE "_closing_cta_v" ADD COLUMN "version_form_submit" varchar;
  ALTER TABLE "_closing_cta_v" ADD COLUMN "version_form_sending" varchar;
  ALTER TABLE "_closing_cta_v" ADD COLUMN "version_form_errors_summary" varchar;
  ALTER TABLE "_closing_cta_v" ADD COLUMN "version_form_errors_required" varchar;
  ALTER TABLE "_closing_cta_v" ADD COLUMN "version_form_errors_email" varchar;
  ALTER TABLE "_closing_cta_v" ADD COLUMN "version_form_errors_too_long" varchar;
  ALTER TABLE "_closing_cta_v" ADD COLUMN "version_form_errors_control_chars" varchar;
  ALTER TABLE "_closing_cta_v" ADD COLUMN "version_form_errors_choice" varchar;
  ALTER TABLE "_closing_cta_v" ADD COLUMN "version_form_errors_consent" varchar;
  ALTER TABLE "_closing_cta_v" ADD COLUMN "version_form_errors_unknown_field" varchar;
  ALTER TABLE "_closing_cta_v" ADD COLUMN "version_form_errors_type" varchar;
  ALTER TABLE "_closing_cta_v" ADD COLUMN "version_form_errors_rate_limited" varchar;
  ALTER TABLE "_closing_cta_v" ADD COLUMN "version_form_errors_unavailable" varchar;
  ALTER TABLE "_closing_cta_v" ADD COLUMN "version_form_success_title" varchar;
  ALTER TABLE "_closing_cta_v" ADD COLUMN "version_form_success_body" varchar;
  ALTER TABLE "_closing_cta_v" ADD COLUMN "version_form_success_reference_label" varchar;
  ALTER TABLE "_closing_cta_v" ADD COLUMN "version_form_confirmation_email_subject" varchar;
  ALTER TABLE "_closing_cta_v" ADD COLUMN "version_form_confirmation_email_greeting" varchar;
  ALTER TABLE "_closing_cta_v" ADD COLUMN "version_form_confirmation_email_body" varchar;
  ALTER TABLE "_closing_cta_v" ADD COLUMN "version_form_confirmation_email_summary_label" varchar;
  ALTER TABLE "_closing_cta_v" ADD COLUMN "version_form_confirmation_email_signature" varchar;
  ALTER TABLE "email_outbox" ADD CONSTRAINT "email_outbox_lead_id_leads_id_fk" FOREIGN KEY ("lead_id") REFERENCES "public"."leads"("id") ON DELETE set null ON UPDATE no action;
  CREATE UNIQUE INDEX "email_outbox_idempotency_key_idx" ON "email_outbox" USING btree ("idempotency_key");
  CREATE INDEX "email_outbox_lead_idx" ON "email_outbox" USING btree ("lead_id");
  CREATE INDEX "email_outbox_updated_at_idx" ON "email_outbox" USING btree ("updated_at");
  CREATE INDEX "email_outbox_created_at_idx" ON "email_outbox" USING btree ("created_at");
  CREATE UNIQUE INDEX "lead_rate_limits_key_idx" ON "lead_rate_limits" USING btree ("key");
  CREATE INDEX "lead_rate_limits_updated_at_idx" ON "lead_rate_limits" USING btree ("updated_at");
  CREATE INDEX "lead_rate_limits_created_at_idx" ON "lead_rate_limits" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_email_outbox_fk" FOREIGN KEY ("email_outbox_id") REFERENCES "public"."email_outbox"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_lead_rate_limits_fk" FOREIGN KEY ("lead_rate_limits_id") REFERENCES "public"."lead_rate_limits"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_email_outbox_id_idx" ON "payload_locked_documents_rels" USING btree ("email_outbox_id");
  CREATE INDEX "payload_locked_documents_rels_lead_rate_limits_id_idx" ON "payload_locked_documents_rels" USING btree ("lead_rate_limits_id");`)
  await fillLeadFormCopy(req)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "email_outbox" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "lead_rate_limits" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "email_outbox" CASCADE;
  DROP TABLE "lead_rate_limits" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_email_outbox_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_lead_rate_limits_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_email_outbox_id_idx";
  DROP INDEX "payload_locked_documents_rels_lead_rate_limits_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "email_outbox_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "lead_rate_limits_id";
  ALTER TABLE "closing_cta" DROP COLUMN "form_heading";
  ALTER TABLE "closing_cta" DROP COLUMN "form_intro";
  ALTER TABLE "closing_cta" DROP COLUMN "form_labels_name";
  ALTER TABLE "closing_cta" DROP COLUMN "form_labels_email";
  ALTER TABLE "closing_cta" DROP COLUMN "form_labels_company";
  ALTER TABLE "closing_cta" DROP COLUMN "form_labels_role";
  ALTER TABLE "closing_cta" DROP COLUMN "form_labels_areas";
  ALTER TABLE "closing_cta" DROP COLUMN "form_labels_cloud";
  ALTER TABLE "closing_cta" DROP COLUMN "form_labels_timeline";
  ALTER TABLE "closing_cta" DROP COLUMN "form_labels_message";
  ALTER TABLE "closing_cta" DROP COLUMN "form_labels_optional";
  ALTER TABLE "closing_cta" DROP COLUMN "form_labels_choose";
  ALTER TABLE "closing_cta" DROP COLUMN "form_labels_honeypot";
  ALTER TABLE "closing_cta" DROP COLUMN "form_help_email";
  ALTER TABLE "closing_cta" DROP COLUMN "form_help_areas";
  ALTER TABLE "closing_cta" DROP COLUMN "form_help_message";
  ALTER TABLE "closing_cta" DROP COLUMN "form_consent_text";
  ALTER TABLE "closing_cta" DROP COLUMN "form_consent_privacy_label";
  ALTER TABLE "closing_cta" DROP COLUMN "form_consent_privacy_href";
  ALTER TABLE "closing_cta" DROP COLUMN "form_submit";
  ALTER TABLE "closing_cta" DROP COLUMN "form_sending";
  ALTER TABLE "closing_cta" DROP COLUMN "form_errors_summary";
  ALTER TABLE "closing_cta" DROP COLUMN "form_errors_required";
  ALTER TABLE "closing_cta" DROP COLUMN "form_errors_email";
  ALTER TABLE "closing_cta" DROP COLUMN "form_errors_too_long";
  ALTER TABLE "closing_cta" DROP COLUMN "form_errors_control_chars";
  ALTER TABLE "closing_cta" DROP COLUMN "form_errors_choice";
  ALTER TABLE "closing_cta" DROP COLUMN "form_errors_consent";
  ALTER TABLE "closing_cta" DROP COLUMN "form_errors_unknown_field";
  ALTER TABLE "closing_cta" DROP COLUMN "form_errors_type";
  ALTER TABLE "closing_cta" DROP COLUMN "form_errors_rate_limited";
  ALTER TABLE "closing_cta" DROP COLUMN "form_errors_unavailable";
  ALTER TABLE "closing_cta" DROP COLUMN "form_success_title";
  ALTER TABLE "closing_cta" DROP COLUMN "form_success_body";
  ALTER TABLE "closing_cta" DROP COLUMN "form_success_reference_label";
  ALTER TABLE "closing_cta" DROP COLUMN "form_confirmation_email_subject";
  ALTER TABLE "closing_cta" DROP COLUMN "form_confirmation_email_greeting";
  ALTER TABLE "closing_cta" DROP COLUMN "form_confirmation_email_body";
  ALTER TABLE "closing_cta" DROP COLUMN "form_confirmation_email_summary_label";
  ALTER TABLE "closing_cta" DROP COLUMN "form_confirmation_email_signature";
  ALTER TABLE "_closing_cta_v" DROP COLUMN "version_form_heading";
  ALTER TABLE "_closing_cta_v" DROP COLUMN "version_form_intro";
  ALTER TABLE "_closing_cta_v" DROP COLUMN "version_form_labels_name";
  ALTER TABLE "_closing_cta_v" DROP COLUMN "version_form_labels_email";
  ALTER TABLE "_closing_cta_v" DROP COLUMN "version_form_labels_company";
  ALTER TABLE "_closing_cta_v" DROP COLUMN "version_form_labels_role";
  ALTER TABLE "_closing_cta_v" DROP COLUMN "version_form_labels_areas";
  ALTER TABLE "_closing_cta_v" DROP COLUMN "version_form_labels_cloud";
  ALTER TABLE "_closing_cta_v" DROP COLUMN "version_form_labels_timeline";
  ALTER TABLE "_closing_cta_v" DROP COLUMN "version_form_labels_message";
  ALTER TABLE "_closing_cta_v" DROP COLUMN "version_form_labels_optional";
  ALTER TABLE "_closing_cta_v" DROP COLUMN "version_form_labels_choose";
  ALTER TABLE "_closing_cta_v" DROP COLUMN "version_form_labels_honeypot";
  ALTER TABLE "_closing_cta_v" DROP COLUMN "version_form_help_email";
  ALTER TABLE "_closing_cta_v" DROP COLUMN "version_form_help_areas";
  ALTER TABLE "_closing_cta_v" DROP COLUMN "version_form_help_message";
  ALTER TABLE "_closing_cta_v" DROP COLUMN "version_form_consent_text";
  ALTER TABLE "_closing_cta_v" DROP COLUMN "version_form_consent_privacy_label";
  ALTER TABLE "_closing_cta_v" DROP COLUMN "version_form_consent_privacy_href";
  ALTER TABLE "_closing_cta_v" DROP COLUMN "version_form_submit";
  ALTER TABLE "_closing_cta_v" DROP COLUMN "version_form_sending";
  ALTER TABLE "_closing_cta_v" DROP COLUMN "version_form_errors_summary";
  ALTER TABLE "_closing_cta_v" DROP COLUMN "version_form_errors_required";
  ALTER TABLE "_closing_cta_v" DROP COLUMN "version_form_errors_email";
  ALTER TABLE "_closing_cta_v" DROP COLUMN "version_form_errors_too_long";
  ALTER TABLE "_closing_cta_v" DROP COLUMN "version_form_errors_control_chars";
  ALTER TABLE "_closing_cta_v" DROP COLUMN "version_form_errors_choice";
  ALTER TABLE "_closing_cta_v" DROP COLUMN "version_form_errors_consent";
  ALTER TABLE "_closing_cta_v" DROP COLUMN "version_form_errors_unknown_field";
  ALTER TABLE "_closing_cta_v" DROP COLUMN "version_form_errors_type";
  ALTER TABLE "_closing_cta_v" DROP COLUMN "version_form_errors_rate_limited";
  ALTER TABLE "_closing_cta_v" DROP COLUMN "version_form_errors_unavailable";
  ALTER TABLE "_closing_cta_v" DROP COLUMN "version_form_success_title";
  ALTER TABLE "_closing_cta_v" DROP COLUMN "version_form_success_body";
  ALTER TABLE "_closing_cta_v" DROP COLUMN "version_form_success_reference_label";
  ALTER TABLE "_closing_cta_v" DROP COLUMN "version_form_confirmation_email_subject";
  ALTER TABLE "_closing_cta_v" DROP COLUMN "version_form_confirmation_email_greeting";
  ALTER TABLE "_closing_cta_v" DROP COLUMN "version_form_confirmation_email_body";
  ALTER TABLE "_closing_cta_v" DROP COLUMN "version_form_confirmation_email_summary_label";
  ALTER TABLE "_closing_cta_v" DROP COLUMN "version_form_confirmation_email_signature";`)
}
