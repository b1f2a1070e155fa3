import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * The enquiry form's words as the seed had them when this migration was written, frozen here
 * (a migration must replay the same way after the seed or the schema change): column suffix
 * under `form_` in `closing_cta` (`version_form_` in its versions) → text.
 */
const LEAD_FORM_COPY = {
  heading: 'Tell us where it hurts',
  intro: 'A few lines are enough. A senior engineer reads every enquiry and answers within one working day.',
  labels_name: 'Your name',
  labels_email: 'Work email',
  labels_company: 'Company',
  labels_role: 'Role',
  labels_areas: 'Service areas that hurt most',
  labels_cloud: 'Cloud or stack',
  labels_timeline: 'Timeline',
  labels_message: 'What is going on',
  labels_optional: '(optional)',
  labels_choose: 'Choose…',
  labels_honeypot: 'Leave this field empty',
  help_email: 'We answer here, and nowhere else.',
  help_areas: 'Pick any that apply.',
  help_message: 'Models, traffic, what broke last. Up to 5,000 characters.',
  consent_text:
    'I agree that Paiteq may contact me about this enquiry and keep what I sent for that purpose.',
  consent_privacy_label: 'How we handle your data',
  consent_privacy_href: '/privacy',
  submit: 'Send enquiry',
  sending: 'Sending…',
  errors_summary: 'Some fields need a second look before we can send this.',
  errors_required: 'This field is needed.',
  errors_email: 'Enter a work email address, like name@company.com.',
  errors_too_long: 'This is longer than we can take; please shorten it.',
  errors_control_chars: 'This contains characters we cannot store (control characters); please retype it.',
  errors_choice: 'Pick one of the choices offered.',
  errors_consent: 'We need your agreement to contact you before we can send this.',
  errors_unknown_field: 'This field is not part of the form.',
  errors_type: 'This value is not in a form we understand.',
  errors_rate_limited:
    'We have received several enquiries from your network in the last few minutes. Please wait a little and send again; nothing you typed is lost.',
  errors_unavailable:
    'We could not save your enquiry just now. Nothing was sent; please try again in a minute. Your text is still in the form.',
  success_title: 'Thank you — your enquiry is in.',
  success_body:
    'A senior engineer will answer within one working day. Quote {reference} if you write to us about it.',
  success_reference_label: 'Your reference',
  confirmation_email_subject: 'We have your enquiry ({reference})',
  confirmation_email_greeting: 'Hello,',
  confirmation_email_body:
    'Thank you for writing to Paiteq. A senior engineer reads your enquiry and answers within one working day. Your reference is {reference}; reply to this email if you want to add anything.',
  confirmation_email_summary_label: 'What you asked about',
  confirmation_email_signature: 'Paiteq — MLOps and LLMOps engineering',
} as const

/** `SET "<prefix>heading" = COALESCE("<prefix>heading", '…'), …` for every column of the form. */
const fillForm = (prefix: string) =>
  sql.join(
    Object.entries(LEAD_FORM_COPY).map(
      ([column, text]) =>
        sql`${sql.identifier(prefix + column)} = COALESCE(${sql.identifier(prefix + column)}, ${text})`,
    ),
    sql`, `,
  )

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_exports_format" AS ENUM('csv', 'json');
  CREATE TYPE "public"."enum_exports_sort_order" AS ENUM('asc', 'desc');
  CREATE TYPE "public"."enum_exports_drafts" AS ENUM('yes', 'no');
  CREATE TYPE "public"."enum_imports_import_mode" AS ENUM('create', 'update', 'upsert');
  CREATE TYPE "public"."enum_imports_status" AS ENUM('pending', 'completed', 'partial', 'failed');
  CREATE TYPE "public"."enum_drift_calculator_demos_kind" AS ENUM('numeric', 'categorical');
  CREATE TYPE "public"."enum_drift_calculator_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__drift_calculator_v_version_demos_kind" AS ENUM('numeric', 'categorical');
  CREATE TYPE "public"."enum__drift_calculator_v_version_status" AS ENUM('draft', 'published');
  ALTER TYPE "public"."enum_drift_thresholds_metric" ADD VALUE 'js' BEFORE 'wasserstein';
  ALTER TYPE "public"."enum__drift_thresholds_v_version_metric" ADD VALUE 'js' BEFORE 'wasserstein';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'sendLeadEmail' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'purgeSpamLeads' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'createCollectionExport' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'createCollectionImport' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'sendLeadEmail' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'purgeSpamLeads' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'createCollectionExport' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'createCollectionImport' BEFORE 'schedulePublish';
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
  
  CREATE TABLE "exports" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"format" "enum_exports_format" DEFAULT 'csv' NOT NULL,
  	"limit" numeric,
  	"page" numeric DEFAULT 1,
  	"sort" varchar,
  	"sort_order" "enum_exports_sort_order",
  	"drafts" "enum_exports_drafts" DEFAULT 'yes',
  	"collection_slug" varchar DEFAULT 'leads' NOT NULL,
  	"where" jsonb DEFAULT '{}'::jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  CREATE TABLE "exports_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "imports" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"collection_slug" varchar NOT NULL,
  	"import_mode" "enum_imports_import_mode",
  	"match_field" varchar DEFAULT 'id',
  	"status" "enum_imports_status" DEFAULT 'pending',
  	"summary_imported" numeric,
  	"summary_updated" numeric,
  	"summary_total" numeric,
  	"summary_issues" numeric,
  	"summary_issue_details" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  CREATE TABLE "drift_calculator_demos_categories" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"baseline" numeric,
  	"current" numeric
  );
  
  CREATE TABLE "drift_calculator_demos" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"kind" "enum_drift_calculator_demos_kind" DEFAULT 'numeric',
  	"size" numeric DEFAULT 5000,
  	"baseline_mean" numeric,
  	"baseline_sd" numeric,
  	"current_mean" numeric,
  	"current_sd" numeric
  );
  
  CREATE TABLE "drift_calculator" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"intro" varchar,
  	"open" varchar,
  	"no_script" varchar,
  	"method" varchar,
  	"smoothing" varchar,
  	"labels_baseline" varchar,
  	"labels_current" varchar,
  	"labels_format" varchar,
  	"labels_column" varchar,
  	"labels_column_help" varchar,
  	"labels_band" varchar,
  	"labels_band_help" varchar,
  	"labels_demos" varchar,
  	"labels_compute" varchar,
  	"labels_computing" varchar,
  	"labels_results" varchar,
  	"labels_metric" varchar,
  	"labels_value" varchar,
  	"labels_level" varchar,
  	"labels_counts" varchar,
  	"labels_numeric" varchar,
  	"labels_categorical" varchar,
  	"labels_chart" varchar,
  	"labels_send" varchar,
  	"labels_summary" varchar,
  	"metrics_psi" varchar,
  	"metrics_kl" varchar,
  	"metrics_js" varchar,
  	"metrics_wasserstein" varchar,
  	"levels_below_inspect" varchar,
  	"levels_inspect" varchar,
  	"levels_retrain" varchar,
  	"levels_pause" varchar,
  	"notes_no_row" varchar,
  	"notes_needs_band" varchar,
  	"notes_not_for_categories" varchar,
  	"notes_other_measure" varchar,
  	"errors_empty" varchar,
  	"errors_too_many" varchar,
  	"errors_not_finite" varchar,
  	"errors_not_number" varchar,
  	"errors_more" varchar,
  	"errors_mixed_kinds" varchar,
  	"errors_column_missing" varchar,
  	"errors_failed" varchar,
  	"_status" "enum_drift_calculator_status" DEFAULT 'draft',
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "_drift_calculator_v_version_demos_categories" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"baseline" numeric,
  	"current" numeric,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_drift_calculator_v_version_demos" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"kind" "enum__drift_calculator_v_version_demos_kind" DEFAULT 'numeric',
  	"size" numeric DEFAULT 5000,
  	"baseline_mean" numeric,
  	"baseline_sd" numeric,
  	"current_mean" numeric,
  	"current_sd" numeric,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_drift_calculator_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"version_title" varchar,
  	"version_intro" varchar,
  	"version_open" varchar,
  	"version_no_script" varchar,
  	"version_method" varchar,
  	"version_smoothing" varchar,
  	"version_labels_baseline" varchar,
  	"version_labels_current" varchar,
  	"version_labels_format" varchar,
  	"version_labels_column" varchar,
  	"version_labels_column_help" varchar,
  	"version_labels_band" varchar,
  	"version_labels_band_help" varchar,
  	"version_labels_demos" varchar,
  	"version_labels_compute" varchar,
  	"version_labels_computing" varchar,
  	"version_labels_results" varchar,
  	"version_labels_metric" varchar,
  	"version_labels_value" varchar,
  	"version_labels_level" varchar,
  	"version_labels_counts" varchar,
  	"version_labels_numeric" varchar,
  	"version_labels_categorical" varchar,
  	"version_labels_chart" varchar,
  	"version_labels_send" varchar,
  	"version_labels_summary" varchar,
  	"version_metrics_psi" varchar,
  	"version_metrics_kl" varchar,
  	"version_metrics_js" varchar,
  	"version_metrics_wasserstein" varchar,
  	"version_levels_below_inspect" varchar,
  	"version_levels_inspect" varchar,
  	"version_levels_retrain" varchar,
  	"version_levels_pause" varchar,
  	"version_notes_no_row" varchar,
  	"version_notes_needs_band" varchar,
  	"version_notes_not_for_categories" varchar,
  	"version_notes_other_measure" varchar,
  	"version_errors_empty" varchar,
  	"version_errors_too_many" varchar,
  	"version_errors_not_finite" varchar,
  	"version_errors_not_number" varchar,
  	"version_errors_more" varchar,
  	"version_errors_mixed_kinds" varchar,
  	"version_errors_column_missing" varchar,
  	"version_errors_failed" varchar,
  	"version__status" "enum__drift_calculator_v_version_status" DEFAULT 'draft',
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "payload_jobs_stats" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"stats" jsonb,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "payload_jobs" ADD COLUMN "meta" jsonb;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "email_outbox_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "lead_rate_limits_id" integer;
  ALTER TABLE "section_intros" ADD COLUMN "faq_labels_link" varchar;
  ALTER TABLE "section_intros" ADD COLUMN "faq_labels_copy" varchar;
  ALTER TABLE "section_intros" ADD COLUMN "faq_labels_copied" varchar;
  ALTER TABLE "_section_intros_v" ADD COLUMN "version_faq_labels_link" varchar;
  ALTER TABLE "_section_intros_v" ADD COLUMN "version_faq_labels_copy" varchar;
  ALTER TABLE "_section_intros_v" ADD COLUMN "version_faq_labels_copied" varchar;
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
  ALTER TABLE "site_settings" ADD COLUMN "preview_notice" varchar;
  ALTER TABLE "site_settings" ADD COLUMN "preview_exit_label" varchar;
  ALTER TABLE "site_settings" ADD COLUMN "meta_image_id" integer;
  ALTER TABLE "_site_settings_v" ADD COLUMN "version_preview_notice" varchar;
  ALTER TABLE "_site_settings_v" ADD COLUMN "version_preview_exit_label" varchar;
  ALTER TABLE "_site_settings_v" ADD COLUMN "version_meta_image_id" integer;
  ALTER TABLE "email_outbox" ADD CONSTRAINT "email_outbox_lead_id_leads_id_fk" FOREIGN KEY ("lead_id") REFERENCES "public"."leads"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "exports_texts" ADD CONSTRAINT "exports_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."exports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "drift_calculator_demos_categories" ADD CONSTRAINT "drift_calculator_demos_categories_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."drift_calculator_demos"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "drift_calculator_demos" ADD CONSTRAINT "drift_calculator_demos_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."drift_calculator"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_drift_calculator_v_version_demos_categories" ADD CONSTRAINT "_drift_calculator_v_version_demos_categories_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_drift_calculator_v_version_demos"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_drift_calculator_v_version_demos" ADD CONSTRAINT "_drift_calculator_v_version_demos_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_drift_calculator_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE UNIQUE INDEX "email_outbox_idempotency_key_idx" ON "email_outbox" USING btree ("idempotency_key");
  CREATE INDEX "email_outbox_lead_idx" ON "email_outbox" USING btree ("lead_id");
  CREATE INDEX "email_outbox_updated_at_idx" ON "email_outbox" USING btree ("updated_at");
  CREATE INDEX "email_outbox_created_at_idx" ON "email_outbox" USING btree ("created_at");
  CREATE UNIQUE INDEX "lead_rate_limits_key_idx" ON "lead_rate_limits" USING btree ("key");
  CREATE INDEX "lead_rate_limits_updated_at_idx" ON "lead_rate_limits" USING btree ("updated_at");
  CREATE INDEX "lead_rate_limits_created_at_idx" ON "lead_rate_limits" USING btree ("created_at");
  CREATE INDEX "exports_updated_at_idx" ON "exports" USING btree ("updated_at");
  CREATE INDEX "exports_created_at_idx" ON "exports" USING btree ("created_at");
  CREATE UNIQUE INDEX "exports_filename_idx" ON "exports" USING btree ("filename");
  CREATE INDEX "exports_texts_order_parent" ON "exports_texts" USING btree ("order","parent_id");
  CREATE INDEX "imports_updated_at_idx" ON "imports" USING btree ("updated_at");
  CREATE INDEX "imports_created_at_idx" ON "imports" USING btree ("created_at");
  CREATE UNIQUE INDEX "imports_filename_idx" ON "imports" USING btree ("filename");
  CREATE INDEX "drift_calculator_demos_categories_order_idx" ON "drift_calculator_demos_categories" USING btree ("_order");
  CREATE INDEX "drift_calculator_demos_categories_parent_id_idx" ON "drift_calculator_demos_categories" USING btree ("_parent_id");
  CREATE INDEX "drift_calculator_demos_order_idx" ON "drift_calculator_demos" USING btree ("_order");
  CREATE INDEX "drift_calculator_demos_parent_id_idx" ON "drift_calculator_demos" USING btree ("_parent_id");
  CREATE INDEX "drift_calculator__status_idx" ON "drift_calculator" USING btree ("_status");
  CREATE INDEX "_drift_calculator_v_version_demos_categories_order_idx" ON "_drift_calculator_v_version_demos_categories" USING btree ("_order");
  CREATE INDEX "_drift_calculator_v_version_demos_categories_parent_id_idx" ON "_drift_calculator_v_version_demos_categories" USING btree ("_parent_id");
  CREATE INDEX "_drift_calculator_v_version_demos_order_idx" ON "_drift_calculator_v_version_demos" USING btree ("_order");
  CREATE INDEX "_drift_calculator_v_version_demos_parent_id_idx" ON "_drift_calculator_v_version_demos" USING btree ("_parent_id");
  CREATE INDEX "_drift_calculator_v_version_version__status_idx" ON "_drift_calculator_v" USING btree ("version__status");
  CREATE INDEX "_drift_calculator_v_created_at_idx" ON "_drift_calculator_v" USING btree ("created_at");
  CREATE INDEX "_drift_calculator_v_updated_at_idx" ON "_drift_calculator_v" USING btree ("updated_at");
  CREATE INDEX "_drift_calculator_v_latest_idx" ON "_drift_calculator_v" USING btree ("latest");
  CREATE INDEX "_drift_calculator_v_autosave_idx" ON "_drift_calculator_v" USING btree ("autosave");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_email_outbox_fk" FOREIGN KEY ("email_outbox_id") REFERENCES "public"."email_outbox"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_lead_rate_limits_fk" FOREIGN KEY ("lead_rate_limits_id") REFERENCES "public"."lead_rate_limits"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_settings" ADD CONSTRAINT "site_settings_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_site_settings_v" ADD CONSTRAINT "_site_settings_v_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_email_outbox_id_idx" ON "payload_locked_documents_rels" USING btree ("email_outbox_id");
  CREATE INDEX "payload_locked_documents_rels_lead_rate_limits_id_idx" ON "payload_locked_documents_rels" USING btree ("lead_rate_limits_id");
  CREATE INDEX "site_settings_meta_meta_image_idx" ON "site_settings" USING btree ("meta_image_id");
  CREATE INDEX "_site_settings_v_version_meta_version_meta_image_idx" ON "_site_settings_v" USING btree ("version_meta_image_id");`)
  // Sites seeded before these fields existed: give the new required copy the seed's words
  // (the seed never rewrites a saved global). Each statement only fills what is empty.
  await db.execute(sql`
   UPDATE "section_intros" SET "faq_labels_link" = 'Link to this question' WHERE "faq_labels_link" IS NULL;
   UPDATE "section_intros" SET "faq_labels_copy" = 'Copy link' WHERE "faq_labels_copy" IS NULL;
   UPDATE "section_intros" SET "faq_labels_copied" = 'Link copied' WHERE "faq_labels_copied" IS NULL;
   UPDATE "_section_intros_v" SET "version_faq_labels_link" = 'Link to this question' WHERE "version_faq_labels_link" IS NULL;
   UPDATE "_section_intros_v" SET "version_faq_labels_copy" = 'Copy link' WHERE "version_faq_labels_copy" IS NULL;
   UPDATE "_section_intros_v" SET "version_faq_labels_copied" = 'Link copied' WHERE "version_faq_labels_copied" IS NULL;
   UPDATE "site_settings" SET
     "preview_notice" = COALESCE("preview_notice", 'Draft preview: this page shows unpublished changes only you can see.'),
     "preview_exit_label" = COALESCE("preview_exit_label", 'Leave preview');`)
  await fillLeadFormCopy(db)
}

/**
 * A site seeded before the enquiry form existed gets the form's words (a saved global whose
 * form has no heading yet; words marketing already wrote are kept). An empty database is left
 * to the seed. SQL against this migration's own schema, not Payload's API, whose config is
 * always the newest one.
 */
export async function fillLeadFormCopy(db: Pick<MigrateUpArgs['db'], 'execute'>): Promise<void> {
  await db.execute(
    sql`UPDATE "closing_cta" SET ${fillForm('form_')} WHERE "updated_at" IS NOT NULL AND "form_heading" IS NULL`,
  )
  await db.execute(
    sql`UPDATE "_closing_cta_v" SET ${fillForm('version_form_')} WHERE "version_form_heading" IS NULL`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "email_outbox" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "lead_rate_limits" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "exports" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "exports_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "imports" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "drift_calculator_demos_categories" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "drift_calculator_demos" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "drift_calculator" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_drift_calculator_v_version_demos_categories" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_drift_calculator_v_version_demos" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_drift_calculator_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs_stats" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "email_outbox" CASCADE;
  DROP TABLE "lead_rate_limits" CASCADE;
  DROP TABLE "exports" CASCADE;
  DROP TABLE "exports_texts" CASCADE;
  DROP TABLE "imports" CASCADE;
  DROP TABLE "drift_calculator_demos_categories" CASCADE;
  DROP TABLE "drift_calculator_demos" CASCADE;
  DROP TABLE "drift_calculator" CASCADE;
  DROP TABLE "_drift_calculator_v_version_demos_categories" CASCADE;
  DROP TABLE "_drift_calculator_v_version_demos" CASCADE;
  DROP TABLE "_drift_calculator_v" CASCADE;
  DROP TABLE "payload_jobs_stats" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_email_outbox_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_lead_rate_limits_fk";
  
  ALTER TABLE "site_settings" DROP CONSTRAINT "site_settings_meta_image_id_media_id_fk";
  
  ALTER TABLE "_site_settings_v" DROP CONSTRAINT "_site_settings_v_version_meta_image_id_media_id_fk";
  
  ALTER TABLE "drift_thresholds" ALTER COLUMN "metric" SET DATA TYPE text;
  DROP TYPE "public"."enum_drift_thresholds_metric";
  CREATE TYPE "public"."enum_drift_thresholds_metric" AS ENUM('psi', 'kl', 'wasserstein', 'judge-score', 'guardrail-rate', 'hallucination-rate');
  ALTER TABLE "drift_thresholds" ALTER COLUMN "metric" SET DATA TYPE "public"."enum_drift_thresholds_metric" USING "metric"::"public"."enum_drift_thresholds_metric";
  ALTER TABLE "_drift_thresholds_v" ALTER COLUMN "version_metric" SET DATA TYPE text;
  DROP TYPE "public"."enum__drift_thresholds_v_version_metric";
  CREATE TYPE "public"."enum__drift_thresholds_v_version_metric" AS ENUM('psi', 'kl', 'wasserstein', 'judge-score', 'guardrail-rate', 'hallucination-rate');
  ALTER TABLE "_drift_thresholds_v" ALTER COLUMN "version_metric" SET DATA TYPE "public"."enum__drift_thresholds_v_version_metric" USING "version_metric"::"public"."enum__drift_thresholds_v_version_metric";
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
  DROP INDEX "site_settings_meta_meta_image_idx";
  DROP INDEX "_site_settings_v_version_meta_version_meta_image_idx";
  ALTER TABLE "payload_jobs" DROP COLUMN "meta";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "email_outbox_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "lead_rate_limits_id";
  ALTER TABLE "section_intros" DROP COLUMN "faq_labels_link";
  ALTER TABLE "section_intros" DROP COLUMN "faq_labels_copy";
  ALTER TABLE "section_intros" DROP COLUMN "faq_labels_copied";
  ALTER TABLE "_section_intros_v" DROP COLUMN "version_faq_labels_link";
  ALTER TABLE "_section_intros_v" DROP COLUMN "version_faq_labels_copy";
  ALTER TABLE "_section_intros_v" DROP COLUMN "version_faq_labels_copied";
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
  ALTER TABLE "_closing_cta_v" DROP COLUMN "version_form_confirmation_email_signature";
  ALTER TABLE "site_settings" DROP COLUMN "preview_notice";
  ALTER TABLE "site_settings" DROP COLUMN "preview_exit_label";
  ALTER TABLE "site_settings" DROP COLUMN "meta_image_id";
  ALTER TABLE "_site_settings_v" DROP COLUMN "version_preview_notice";
  ALTER TABLE "_site_settings_v" DROP COLUMN "version_preview_exit_label";
  ALTER TABLE "_site_settings_v" DROP COLUMN "version_meta_image_id";
  DROP TYPE "public"."enum_exports_format";
  DROP TYPE "public"."enum_exports_sort_order";
  DROP TYPE "public"."enum_exports_drafts";
  DROP TYPE "public"."enum_imports_import_mode";
  DROP TYPE "public"."enum_imports_status";
  DROP TYPE "public"."enum_drift_calculator_demos_kind";
  DROP TYPE "public"."enum_drift_calculator_status";
  DROP TYPE "public"."enum__drift_calculator_v_version_demos_kind";
  DROP TYPE "public"."enum__drift_calculator_v_version_status";`)
}
