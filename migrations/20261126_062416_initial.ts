import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_service_areas_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__service_areas_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_stack_rows_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__stack_rows_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_patterns_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__patterns_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_gates_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__gates_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_drift_thresholds_metric" AS ENUM('psi', 'kl', 'wasserstein', 'judge-score', 'guardrail-rate', 'hallucination-rate');
  CREATE TYPE "public"."enum_drift_thresholds_measure" AS ENUM('absolute', 'band-multiple', 'delta-vs-gold', 'relative-change', 'pp-vs-baseline');
  CREATE TYPE "public"."enum_drift_thresholds_direction" AS ENUM('higher-is-worse', 'lower-is-worse');
  CREATE TYPE "public"."enum_drift_thresholds_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__drift_thresholds_v_version_metric" AS ENUM('psi', 'kl', 'wasserstein', 'judge-score', 'guardrail-rate', 'hallucination-rate');
  CREATE TYPE "public"."enum__drift_thresholds_v_version_measure" AS ENUM('absolute', 'band-multiple', 'delta-vs-gold', 'relative-change', 'pp-vs-baseline');
  CREATE TYPE "public"."enum__drift_thresholds_v_version_direction" AS ENUM('higher-is-worse', 'lower-is-worse');
  CREATE TYPE "public"."enum__drift_thresholds_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_engagement_phases_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__engagement_phases_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_shapes_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__shapes_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_faqs_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__faqs_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_leads_activity_kind" AS ENUM('status', 'owner', 'note');
  CREATE TYPE "public"."enum_leads_cloud" AS ENUM('aws', 'gcp', 'azure', 'on-prem', 'mixed');
  CREATE TYPE "public"."enum_leads_timeline" AS ENUM('now', '1-3-months', '3-6-months', 'exploring');
  CREATE TYPE "public"."enum_leads_status" AS ENUM('new', 'contacted', 'qualified', 'proposal', 'won', 'lost', 'spam');
  CREATE TYPE "public"."enum_leads_sales_notification_state" AS ENUM('pending', 'sent', 'failed', 'skipped');
  CREATE TYPE "public"."enum_leads_confirmation_state" AS ENUM('pending', 'sent', 'failed', 'skipped');
  CREATE TYPE "public"."enum_users_role" AS ENUM('admin', 'marketing', 'sales');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'schedulePublish');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'schedulePublish');
  CREATE TYPE "public"."enum_hero_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__hero_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_section_intros_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__section_intros_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_llmops_comparison_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__llmops_comparison_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_monitoring_signals_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__monitoring_signals_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_decide_tree_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__decide_tree_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_why_us_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__why_us_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_closing_cta_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__closing_cta_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_header_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__header_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_footer_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__footer_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_site_settings_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__site_settings_v_version_status" AS ENUM('draft', 'published');
  CREATE TABLE "service_areas" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"_order" varchar,
  	"number" varchar,
  	"code" varchar,
  	"title" varchar,
  	"body" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_service_areas_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "service_areas_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_service_areas_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version__order" varchar,
  	"version_number" varchar,
  	"version_code" varchar,
  	"version_title" varchar,
  	"version_body" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__service_areas_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_service_areas_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "stack_rows" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"_order" varchar,
  	"layer" varchar,
  	"why" varchar,
  	"pick_when" varchar,
  	"skip_when" varchar,
  	"our_default" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_stack_rows_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "stack_rows_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_stack_rows_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version__order" varchar,
  	"version_layer" varchar,
  	"version_why" varchar,
  	"version_pick_when" varchar,
  	"version_skip_when" varchar,
  	"version_our_default" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__stack_rows_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_stack_rows_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "patterns_pick_when" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "patterns_skip_when" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "patterns" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"_order" varchar,
  	"number" varchar,
  	"title" varchar,
  	"summary" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_patterns_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "patterns_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_patterns_v_version_pick_when" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"text" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_patterns_v_version_skip_when" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"text" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_patterns_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version__order" varchar,
  	"version_number" varchar,
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__patterns_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_patterns_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "gates" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"_order" varchar,
  	"number" varchar,
  	"title" varchar,
  	"body" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_gates_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_gates_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version__order" varchar,
  	"version_number" varchar,
  	"version_title" varchar,
  	"version_body" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__gates_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "drift_thresholds" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"_order" varchar,
  	"signal" varchar,
  	"tool" varchar,
  	"metric" "enum_drift_thresholds_metric",
  	"measure" "enum_drift_thresholds_measure",
  	"direction" "enum_drift_thresholds_direction" DEFAULT 'higher-is-worse',
  	"inspect_value" numeric,
  	"inspect_label" varchar,
  	"retrain_value" numeric,
  	"retrain_label" varchar,
  	"pause_value" numeric,
  	"pause_label" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_drift_thresholds_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_drift_thresholds_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version__order" varchar,
  	"version_signal" varchar,
  	"version_tool" varchar,
  	"version_metric" "enum__drift_thresholds_v_version_metric",
  	"version_measure" "enum__drift_thresholds_v_version_measure",
  	"version_direction" "enum__drift_thresholds_v_version_direction" DEFAULT 'higher-is-worse',
  	"version_inspect_value" numeric,
  	"version_inspect_label" varchar,
  	"version_retrain_value" numeric,
  	"version_retrain_label" varchar,
  	"version_pause_value" numeric,
  	"version_pause_label" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__drift_thresholds_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "engagement_phases" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"_order" varchar,
  	"week_start" numeric,
  	"week_end" numeric,
  	"title" varchar,
  	"deliverables" varchar,
  	"exit_criterion" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_engagement_phases_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_engagement_phases_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version__order" varchar,
  	"version_week_start" numeric,
  	"version_week_end" numeric,
  	"version_title" varchar,
  	"version_deliverables" varchar,
  	"version_exit_criterion" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__engagement_phases_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "shapes" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"_order" varchar,
  	"kicker" varchar,
  	"segment" varchar,
  	"title" varchar,
  	"body" varchar,
  	"outcome" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_shapes_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_shapes_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version__order" varchar,
  	"version_kicker" varchar,
  	"version_segment" varchar,
  	"version_title" varchar,
  	"version_body" varchar,
  	"version_outcome" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__shapes_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "faqs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"_order" varchar,
  	"question" varchar,
  	"answer" varchar,
  	"anchor" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_faqs_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_faqs_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version__order" varchar,
  	"version_question" varchar,
  	"version_answer" varchar,
  	"version_anchor" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__faqs_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"alt" varchar NOT NULL,
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
  	"focal_y" numeric,
  	"sizes_og_url" varchar,
  	"sizes_og_width" numeric,
  	"sizes_og_height" numeric,
  	"sizes_og_mime_type" varchar,
  	"sizes_og_filesize" numeric,
  	"sizes_og_filename" varchar
  );
  
  CREATE TABLE "leads_notes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"body" varchar NOT NULL,
  	"author_id" integer,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "leads_activity" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"kind" "enum_leads_activity_kind",
  	"from" varchar,
  	"to" varchar,
  	"by_id" integer,
  	"at" timestamp(3) with time zone
  );
  
  CREATE TABLE "leads" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"reference" varchar NOT NULL,
  	"submission_id" varchar NOT NULL,
  	"name" varchar NOT NULL,
  	"email" varchar NOT NULL,
  	"company" varchar NOT NULL,
  	"role" varchar,
  	"cloud" "enum_leads_cloud",
  	"timeline" "enum_leads_timeline",
  	"message" varchar,
  	"consent" boolean DEFAULT false NOT NULL,
  	"consent_text" varchar,
  	"context_utm_source" varchar,
  	"context_utm_medium" varchar,
  	"context_utm_campaign" varchar,
  	"context_utm_term" varchar,
  	"context_utm_content" varchar,
  	"context_referrer" varchar,
  	"context_landing_path" varchar,
  	"context_decide_outcome" varchar,
  	"context_drift_summary" varchar,
  	"status" "enum_leads_status" DEFAULT 'new' NOT NULL,
  	"owner_id" integer,
  	"received_at" timestamp(3) with time zone NOT NULL,
  	"first_response_at" timestamp(3) with time zone,
  	"spam" boolean DEFAULT false,
  	"spam_reason" varchar,
  	"ip_hash" varchar,
  	"user_agent" varchar,
  	"sales_notification_state" "enum_leads_sales_notification_state" DEFAULT 'pending',
  	"sales_notification_attempts" numeric DEFAULT 0,
  	"sales_notification_sent_at" timestamp(3) with time zone,
  	"sales_notification_provider_id" varchar,
  	"sales_notification_last_error" varchar,
  	"confirmation_state" "enum_leads_confirmation_state" DEFAULT 'pending',
  	"confirmation_attempts" numeric DEFAULT 0,
  	"confirmation_sent_at" timestamp(3) with time zone,
  	"confirmation_provider_id" varchar,
  	"confirmation_last_error" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "leads_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"service_areas_id" integer,
  	"leads_id" integer
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"role" "enum_users_role" DEFAULT 'marketing' NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"service_areas_id" integer,
  	"stack_rows_id" integer,
  	"patterns_id" integer,
  	"gates_id" integer,
  	"drift_thresholds_id" integer,
  	"engagement_phases_id" integer,
  	"shapes_id" integer,
  	"faqs_id" integer,
  	"media_id" integer,
  	"leads_id" integer,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "hero_facts" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"value" varchar
  );
  
  CREATE TABLE "hero" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"eyebrow" varchar,
  	"title" varchar,
  	"lede" varchar,
  	"primary_cta_label" varchar,
  	"primary_cta_href" varchar,
  	"secondary_cta_label" varchar,
  	"secondary_cta_href" varchar,
  	"_status" "enum_hero_status" DEFAULT 'draft',
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "_hero_v_version_facts" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"value" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_hero_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"version_eyebrow" varchar,
  	"version_title" varchar,
  	"version_lede" varchar,
  	"version_primary_cta_label" varchar,
  	"version_primary_cta_href" varchar,
  	"version_secondary_cta_label" varchar,
  	"version_secondary_cta_href" varchar,
  	"version__status" "enum__hero_v_version_status" DEFAULT 'draft',
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "section_intros" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"scope_number" varchar,
  	"scope_kicker" varchar,
  	"scope_nav_label" varchar,
  	"scope_title" varchar,
  	"scope_intro" varchar,
  	"scope_outro" varchar,
  	"stack_number" varchar,
  	"stack_kicker" varchar,
  	"stack_nav_label" varchar,
  	"stack_title" varchar,
  	"stack_intro" varchar,
  	"stack_labels_why" varchar,
  	"stack_labels_pick_when" varchar,
  	"stack_labels_skip_when" varchar,
  	"stack_labels_our_default" varchar,
  	"stack_labels_tools" varchar,
  	"stack_outro" varchar,
  	"patterns_number" varchar,
  	"patterns_kicker" varchar,
  	"patterns_nav_label" varchar,
  	"patterns_title" varchar,
  	"patterns_intro" varchar,
  	"patterns_labels_pick_when" varchar,
  	"patterns_labels_skip_when" varchar,
  	"patterns_labels_stack" varchar,
  	"patterns_labels_tablist" varchar,
  	"patterns_outro" varchar,
  	"llmops_number" varchar,
  	"llmops_kicker" varchar,
  	"llmops_nav_label" varchar,
  	"llmops_title" varchar,
  	"llmops_intro" varchar,
  	"llmops_outro" varchar,
  	"cd4ml_number" varchar,
  	"cd4ml_kicker" varchar,
  	"cd4ml_nav_label" varchar,
  	"cd4ml_title" varchar,
  	"cd4ml_intro" varchar,
  	"cd4ml_labels_gate" varchar,
  	"cd4ml_outro" varchar,
  	"monitor_number" varchar,
  	"monitor_kicker" varchar,
  	"monitor_nav_label" varchar,
  	"monitor_title" varchar,
  	"monitor_intro" varchar,
  	"monitor_table_title" varchar,
  	"monitor_table_intro" varchar,
  	"monitor_table_signal" varchar,
  	"monitor_table_tool" varchar,
  	"monitor_table_inspect" varchar,
  	"monitor_table_retrain" varchar,
  	"monitor_table_pause" varchar,
  	"monitor_table_footnote" varchar,
  	"monitor_outro" varchar,
  	"engagement_number" varchar,
  	"engagement_kicker" varchar,
  	"engagement_nav_label" varchar,
  	"engagement_title" varchar,
  	"engagement_intro" varchar,
  	"engagement_labels_timeline" varchar,
  	"engagement_labels_phases" varchar,
  	"engagement_labels_week" varchar,
  	"engagement_labels_exit" varchar,
  	"engagement_outro" varchar,
  	"shapes_number" varchar,
  	"shapes_kicker" varchar,
  	"shapes_nav_label" varchar,
  	"shapes_title" varchar,
  	"shapes_intro" varchar,
  	"shapes_outro" varchar,
  	"decide_number" varchar,
  	"decide_kicker" varchar,
  	"decide_nav_label" varchar,
  	"decide_title" varchar,
  	"decide_intro" varchar,
  	"decide_labels_tree_title" varchar,
  	"decide_labels_question" varchar,
  	"decide_labels_pick_one" varchar,
  	"decide_labels_back" varchar,
  	"decide_labels_restart" varchar,
  	"decide_labels_outcome" varchar,
  	"decide_outro" varchar,
  	"why_number" varchar,
  	"why_kicker" varchar,
  	"why_nav_label" varchar,
  	"why_title" varchar,
  	"why_intro" varchar,
  	"why_outro" varchar,
  	"faq_number" varchar,
  	"faq_kicker" varchar,
  	"faq_nav_label" varchar,
  	"faq_title" varchar,
  	"faq_intro" varchar,
  	"faq_outro" varchar,
  	"_status" "enum_section_intros_status" DEFAULT 'draft',
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "_section_intros_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"version_scope_number" varchar,
  	"version_scope_kicker" varchar,
  	"version_scope_nav_label" varchar,
  	"version_scope_title" varchar,
  	"version_scope_intro" varchar,
  	"version_scope_outro" varchar,
  	"version_stack_number" varchar,
  	"version_stack_kicker" varchar,
  	"version_stack_nav_label" varchar,
  	"version_stack_title" varchar,
  	"version_stack_intro" varchar,
  	"version_stack_labels_why" varchar,
  	"version_stack_labels_pick_when" varchar,
  	"version_stack_labels_skip_when" varchar,
  	"version_stack_labels_our_default" varchar,
  	"version_stack_labels_tools" varchar,
  	"version_stack_outro" varchar,
  	"version_patterns_number" varchar,
  	"version_patterns_kicker" varchar,
  	"version_patterns_nav_label" varchar,
  	"version_patterns_title" varchar,
  	"version_patterns_intro" varchar,
  	"version_patterns_labels_pick_when" varchar,
  	"version_patterns_labels_skip_when" varchar,
  	"version_patterns_labels_stack" varchar,
  	"version_patterns_labels_tablist" varchar,
  	"version_patterns_outro" varchar,
  	"version_llmops_number" varchar,
  	"version_llmops_kicker" varchar,
  	"version_llmops_nav_label" varchar,
  	"version_llmops_title" varchar,
  	"version_llmops_intro" varchar,
  	"version_llmops_outro" varchar,
  	"version_cd4ml_number" varchar,
  	"version_cd4ml_kicker" varchar,
  	"version_cd4ml_nav_label" varchar,
  	"version_cd4ml_title" varchar,
  	"version_cd4ml_intro" varchar,
  	"version_cd4ml_labels_gate" varchar,
  	"version_cd4ml_outro" varchar,
  	"version_monitor_number" varchar,
  	"version_monitor_kicker" varchar,
  	"version_monitor_nav_label" varchar,
  	"version_monitor_title" varchar,
  	"version_monitor_intro" varchar,
  	"version_monitor_table_title" varchar,
  	"version_monitor_table_intro" varchar,
  	"version_monitor_table_signal" varchar,
  	"version_monitor_table_tool" varchar,
  	"version_monitor_table_inspect" varchar,
  	"version_monitor_table_retrain" varchar,
  	"version_monitor_table_pause" varchar,
  	"version_monitor_table_footnote" varchar,
  	"version_monitor_outro" varchar,
  	"version_engagement_number" varchar,
  	"version_engagement_kicker" varchar,
  	"version_engagement_nav_label" varchar,
  	"version_engagement_title" varchar,
  	"version_engagement_intro" varchar,
  	"version_engagement_labels_timeline" varchar,
  	"version_engagement_labels_phases" varchar,
  	"version_engagement_labels_week" varchar,
  	"version_engagement_labels_exit" varchar,
  	"version_engagement_outro" varchar,
  	"version_shapes_number" varchar,
  	"version_shapes_kicker" varchar,
  	"version_shapes_nav_label" varchar,
  	"version_shapes_title" varchar,
  	"version_shapes_intro" varchar,
  	"version_shapes_outro" varchar,
  	"version_decide_number" varchar,
  	"version_decide_kicker" varchar,
  	"version_decide_nav_label" varchar,
  	"version_decide_title" varchar,
  	"version_decide_intro" varchar,
  	"version_decide_labels_tree_title" varchar,
  	"version_decide_labels_question" varchar,
  	"version_decide_labels_pick_one" varchar,
  	"version_decide_labels_back" varchar,
  	"version_decide_labels_restart" varchar,
  	"version_decide_labels_outcome" varchar,
  	"version_decide_outro" varchar,
  	"version_why_number" varchar,
  	"version_why_kicker" varchar,
  	"version_why_nav_label" varchar,
  	"version_why_title" varchar,
  	"version_why_intro" varchar,
  	"version_why_outro" varchar,
  	"version_faq_number" varchar,
  	"version_faq_kicker" varchar,
  	"version_faq_nav_label" varchar,
  	"version_faq_title" varchar,
  	"version_faq_intro" varchar,
  	"version_faq_outro" varchar,
  	"version__status" "enum__section_intros_v_version_status" DEFAULT 'draft',
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "llmops_comparison_rows" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"dimension" varchar,
  	"classical" varchar,
  	"llmops" varchar
  );
  
  CREATE TABLE "llmops_comparison" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"dimension_heading" varchar,
  	"classical_heading" varchar,
  	"llmops_heading" varchar,
  	"caption" varchar,
  	"footnote" varchar,
  	"_status" "enum_llmops_comparison_status" DEFAULT 'draft',
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "_llmops_comparison_v_version_rows" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"dimension" varchar,
  	"classical" varchar,
  	"llmops" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_llmops_comparison_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"version_dimension_heading" varchar,
  	"version_classical_heading" varchar,
  	"version_llmops_heading" varchar,
  	"version_caption" varchar,
  	"version_footnote" varchar,
  	"version__status" "enum__llmops_comparison_v_version_status" DEFAULT 'draft',
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "monitoring_signals_signals" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"number" varchar,
  	"name" varchar,
  	"healthy" varchar,
  	"detection" varchar,
  	"action" varchar
  );
  
  CREATE TABLE "monitoring_signals" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"_status" "enum_monitoring_signals_status" DEFAULT 'draft',
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "_monitoring_signals_v_version_signals" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"number" varchar,
  	"name" varchar,
  	"healthy" varchar,
  	"detection" varchar,
  	"action" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_monitoring_signals_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"version__status" "enum__monitoring_signals_v_version_status" DEFAULT 'draft',
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "decide_tree_questions_options" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"next" varchar
  );
  
  CREATE TABLE "decide_tree_questions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"prompt" varchar,
  	"help" varchar
  );
  
  CREATE TABLE "decide_tree_outcomes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"title" varchar,
  	"body" varchar,
  	"cta_label" varchar
  );
  
  CREATE TABLE "decide_tree" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"_status" "enum_decide_tree_status" DEFAULT 'draft',
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "_decide_tree_v_version_questions_options" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"next" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_decide_tree_v_version_questions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"prompt" varchar,
  	"help" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_decide_tree_v_version_outcomes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"title" varchar,
  	"body" varchar,
  	"cta_label" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_decide_tree_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"version__status" "enum__decide_tree_v_version_status" DEFAULT 'draft',
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "why_us_reasons" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"body" varchar
  );
  
  CREATE TABLE "why_us" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"_status" "enum_why_us_status" DEFAULT 'draft',
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "_why_us_v_version_reasons" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"body" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_why_us_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"version__status" "enum__why_us_v_version_status" DEFAULT 'draft',
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "closing_cta" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"number" varchar,
  	"kicker" varchar,
  	"title" varchar,
  	"body" varchar,
  	"cta_label" varchar,
  	"cta_href" varchar,
  	"_status" "enum_closing_cta_status" DEFAULT 'draft',
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "_closing_cta_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"version_number" varchar,
  	"version_kicker" varchar,
  	"version_title" varchar,
  	"version_body" varchar,
  	"version_cta_label" varchar,
  	"version_cta_href" varchar,
  	"version__status" "enum__closing_cta_v_version_status" DEFAULT 'draft',
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "header_links" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"href" varchar
  );
  
  CREATE TABLE "header" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"nav_label" varchar,
  	"cta_label" varchar,
  	"cta_href" varchar,
  	"_status" "enum_header_status" DEFAULT 'draft',
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "_header_v_version_links" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"href" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_header_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"version_nav_label" varchar,
  	"version_cta_label" varchar,
  	"version_cta_href" varchar,
  	"version__status" "enum__header_v_version_status" DEFAULT 'draft',
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "footer_links" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"href" varchar
  );
  
  CREATE TABLE "footer" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tagline" varchar,
  	"nav_label" varchar,
  	"contact_label" varchar,
  	"legal" varchar,
  	"_status" "enum_footer_status" DEFAULT 'draft',
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "_footer_v_version_links" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"href" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_footer_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"version_tagline" varchar,
  	"version_nav_label" varchar,
  	"version_contact_label" varchar,
  	"version_legal" varchar,
  	"version__status" "enum__footer_v_version_status" DEFAULT 'draft',
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "site_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_name" varchar,
  	"contact_email" varchar,
  	"meta_title" varchar,
  	"meta_description" varchar,
  	"skip_link_label" varchar,
  	"_status" "enum_site_settings_status" DEFAULT 'draft',
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "_site_settings_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"version_site_name" varchar,
  	"version_contact_email" varchar,
  	"version_meta_title" varchar,
  	"version_meta_description" varchar,
  	"version_skip_link_label" varchar,
  	"version__status" "enum__site_settings_v_version_status" DEFAULT 'draft',
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean,
  	"autosave" boolean
  );
  
  ALTER TABLE "service_areas_texts" ADD CONSTRAINT "service_areas_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."service_areas"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_service_areas_v" ADD CONSTRAINT "_service_areas_v_parent_id_service_areas_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."service_areas"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_service_areas_v_texts" ADD CONSTRAINT "_service_areas_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_service_areas_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "stack_rows_texts" ADD CONSTRAINT "stack_rows_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."stack_rows"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_stack_rows_v" ADD CONSTRAINT "_stack_rows_v_parent_id_stack_rows_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."stack_rows"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_stack_rows_v_texts" ADD CONSTRAINT "_stack_rows_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_stack_rows_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "patterns_pick_when" ADD CONSTRAINT "patterns_pick_when_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."patterns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "patterns_skip_when" ADD CONSTRAINT "patterns_skip_when_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."patterns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "patterns_texts" ADD CONSTRAINT "patterns_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."patterns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_patterns_v_version_pick_when" ADD CONSTRAINT "_patterns_v_version_pick_when_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_patterns_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_patterns_v_version_skip_when" ADD CONSTRAINT "_patterns_v_version_skip_when_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_patterns_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_patterns_v" ADD CONSTRAINT "_patterns_v_parent_id_patterns_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."patterns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_patterns_v_texts" ADD CONSTRAINT "_patterns_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_patterns_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_gates_v" ADD CONSTRAINT "_gates_v_parent_id_gates_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."gates"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_drift_thresholds_v" ADD CONSTRAINT "_drift_thresholds_v_parent_id_drift_thresholds_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."drift_thresholds"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_engagement_phases_v" ADD CONSTRAINT "_engagement_phases_v_parent_id_engagement_phases_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."engagement_phases"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_shapes_v" ADD CONSTRAINT "_shapes_v_parent_id_shapes_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."shapes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_faqs_v" ADD CONSTRAINT "_faqs_v_parent_id_faqs_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."faqs"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "leads_notes" ADD CONSTRAINT "leads_notes_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "leads_notes" ADD CONSTRAINT "leads_notes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."leads"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "leads_activity" ADD CONSTRAINT "leads_activity_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "leads_activity" ADD CONSTRAINT "leads_activity_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."leads"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "leads" ADD CONSTRAINT "leads_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "leads_rels" ADD CONSTRAINT "leads_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."leads"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "leads_rels" ADD CONSTRAINT "leads_rels_service_areas_fk" FOREIGN KEY ("service_areas_id") REFERENCES "public"."service_areas"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "leads_rels" ADD CONSTRAINT "leads_rels_leads_fk" FOREIGN KEY ("leads_id") REFERENCES "public"."leads"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_service_areas_fk" FOREIGN KEY ("service_areas_id") REFERENCES "public"."service_areas"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_stack_rows_fk" FOREIGN KEY ("stack_rows_id") REFERENCES "public"."stack_rows"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_patterns_fk" FOREIGN KEY ("patterns_id") REFERENCES "public"."patterns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_gates_fk" FOREIGN KEY ("gates_id") REFERENCES "public"."gates"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_drift_thresholds_fk" FOREIGN KEY ("drift_thresholds_id") REFERENCES "public"."drift_thresholds"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_engagement_phases_fk" FOREIGN KEY ("engagement_phases_id") REFERENCES "public"."engagement_phases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_shapes_fk" FOREIGN KEY ("shapes_id") REFERENCES "public"."shapes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_faqs_fk" FOREIGN KEY ("faqs_id") REFERENCES "public"."faqs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_leads_fk" FOREIGN KEY ("leads_id") REFERENCES "public"."leads"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "hero_facts" ADD CONSTRAINT "hero_facts_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."hero"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_hero_v_version_facts" ADD CONSTRAINT "_hero_v_version_facts_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_hero_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "llmops_comparison_rows" ADD CONSTRAINT "llmops_comparison_rows_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."llmops_comparison"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_llmops_comparison_v_version_rows" ADD CONSTRAINT "_llmops_comparison_v_version_rows_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_llmops_comparison_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "monitoring_signals_signals" ADD CONSTRAINT "monitoring_signals_signals_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."monitoring_signals"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_monitoring_signals_v_version_signals" ADD CONSTRAINT "_monitoring_signals_v_version_signals_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_monitoring_signals_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "decide_tree_questions_options" ADD CONSTRAINT "decide_tree_questions_options_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."decide_tree_questions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "decide_tree_questions" ADD CONSTRAINT "decide_tree_questions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."decide_tree"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "decide_tree_outcomes" ADD CONSTRAINT "decide_tree_outcomes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."decide_tree"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_decide_tree_v_version_questions_options" ADD CONSTRAINT "_decide_tree_v_version_questions_options_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_decide_tree_v_version_questions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_decide_tree_v_version_questions" ADD CONSTRAINT "_decide_tree_v_version_questions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_decide_tree_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_decide_tree_v_version_outcomes" ADD CONSTRAINT "_decide_tree_v_version_outcomes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_decide_tree_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "why_us_reasons" ADD CONSTRAINT "why_us_reasons_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."why_us"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_why_us_v_version_reasons" ADD CONSTRAINT "_why_us_v_version_reasons_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_why_us_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "header_links" ADD CONSTRAINT "header_links_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."header"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_header_v_version_links" ADD CONSTRAINT "_header_v_version_links_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_header_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "footer_links" ADD CONSTRAINT "footer_links_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."footer"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_footer_v_version_links" ADD CONSTRAINT "_footer_v_version_links_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_footer_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "service_areas__order_idx" ON "service_areas" USING btree ("_order");
  CREATE INDEX "service_areas_updated_at_idx" ON "service_areas" USING btree ("updated_at");
  CREATE INDEX "service_areas_created_at_idx" ON "service_areas" USING btree ("created_at");
  CREATE INDEX "service_areas__status_idx" ON "service_areas" USING btree ("_status");
  CREATE INDEX "service_areas_texts_order_parent" ON "service_areas_texts" USING btree ("order","parent_id");
  CREATE INDEX "_service_areas_v_parent_idx" ON "_service_areas_v" USING btree ("parent_id");
  CREATE INDEX "_service_areas_v_version_version__order_idx" ON "_service_areas_v" USING btree ("version__order");
  CREATE INDEX "_service_areas_v_version_version_updated_at_idx" ON "_service_areas_v" USING btree ("version_updated_at");
  CREATE INDEX "_service_areas_v_version_version_created_at_idx" ON "_service_areas_v" USING btree ("version_created_at");
  CREATE INDEX "_service_areas_v_version_version__status_idx" ON "_service_areas_v" USING btree ("version__status");
  CREATE INDEX "_service_areas_v_created_at_idx" ON "_service_areas_v" USING btree ("created_at");
  CREATE INDEX "_service_areas_v_updated_at_idx" ON "_service_areas_v" USING btree ("updated_at");
  CREATE INDEX "_service_areas_v_latest_idx" ON "_service_areas_v" USING btree ("latest");
  CREATE INDEX "_service_areas_v_autosave_idx" ON "_service_areas_v" USING btree ("autosave");
  CREATE INDEX "_service_areas_v_texts_order_parent" ON "_service_areas_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "stack_rows__order_idx" ON "stack_rows" USING btree ("_order");
  CREATE INDEX "stack_rows_updated_at_idx" ON "stack_rows" USING btree ("updated_at");
  CREATE INDEX "stack_rows_created_at_idx" ON "stack_rows" USING btree ("created_at");
  CREATE INDEX "stack_rows__status_idx" ON "stack_rows" USING btree ("_status");
  CREATE INDEX "stack_rows_texts_order_parent" ON "stack_rows_texts" USING btree ("order","parent_id");
  CREATE INDEX "_stack_rows_v_parent_idx" ON "_stack_rows_v" USING btree ("parent_id");
  CREATE INDEX "_stack_rows_v_version_version__order_idx" ON "_stack_rows_v" USING btree ("version__order");
  CREATE INDEX "_stack_rows_v_version_version_updated_at_idx" ON "_stack_rows_v" USING btree ("version_updated_at");
  CREATE INDEX "_stack_rows_v_version_version_created_at_idx" ON "_stack_rows_v" USING btree ("version_created_at");
  CREATE INDEX "_stack_rows_v_version_version__status_idx" ON "_stack_rows_v" USING btree ("version__status");
  CREATE INDEX "_stack_rows_v_created_at_idx" ON "_stack_rows_v" USING btree ("created_at");
  CREATE INDEX "_stack_rows_v_updated_at_idx" ON "_stack_rows_v" USING btree ("updated_at");
  CREATE INDEX "_stack_rows_v_latest_idx" ON "_stack_rows_v" USING btree ("latest");
  CREATE INDEX "_stack_rows_v_autosave_idx" ON "_stack_rows_v" USING btree ("autosave");
  CREATE INDEX "_stack_rows_v_texts_order_parent" ON "_stack_rows_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "patterns_pick_when_order_idx" ON "patterns_pick_when" USING btree ("_order");
  CREATE INDEX "patterns_pick_when_parent_id_idx" ON "patterns_pick_when" USING btree ("_parent_id");
  CREATE INDEX "patterns_skip_when_order_idx" ON "patterns_skip_when" USING btree ("_order");
  CREATE INDEX "patterns_skip_when_parent_id_idx" ON "patterns_skip_when" USING btree ("_parent_id");
  CREATE INDEX "patterns__order_idx" ON "patterns" USING btree ("_order");
  CREATE INDEX "patterns_updated_at_idx" ON "patterns" USING btree ("updated_at");
  CREATE INDEX "patterns_created_at_idx" ON "patterns" USING btree ("created_at");
  CREATE INDEX "patterns__status_idx" ON "patterns" USING btree ("_status");
  CREATE INDEX "patterns_texts_order_parent" ON "patterns_texts" USING btree ("order","parent_id");
  CREATE INDEX "_patterns_v_version_pick_when_order_idx" ON "_patterns_v_version_pick_when" USING btree ("_order");
  CREATE INDEX "_patterns_v_version_pick_when_parent_id_idx" ON "_patterns_v_version_pick_when" USING btree ("_parent_id");
  CREATE INDEX "_patterns_v_version_skip_when_order_idx" ON "_patterns_v_version_skip_when" USING btree ("_order");
  CREATE INDEX "_patterns_v_version_skip_when_parent_id_idx" ON "_patterns_v_version_skip_when" USING btree ("_parent_id");
  CREATE INDEX "_patterns_v_parent_idx" ON "_patterns_v" USING btree ("parent_id");
  CREATE INDEX "_patterns_v_version_version__order_idx" ON "_patterns_v" USING btree ("version__order");
  CREATE INDEX "_patterns_v_version_version_updated_at_idx" ON "_patterns_v" USING btree ("version_updated_at");
  CREATE INDEX "_patterns_v_version_version_created_at_idx" ON "_patterns_v" USING btree ("version_created_at");
  CREATE INDEX "_patterns_v_version_version__status_idx" ON "_patterns_v" USING btree ("version__status");
  CREATE INDEX "_patterns_v_created_at_idx" ON "_patterns_v" USING btree ("created_at");
  CREATE INDEX "_patterns_v_updated_at_idx" ON "_patterns_v" USING btree ("updated_at");
  CREATE INDEX "_patterns_v_latest_idx" ON "_patterns_v" USING btree ("latest");
  CREATE INDEX "_patterns_v_autosave_idx" ON "_patterns_v" USING btree ("autosave");
  CREATE INDEX "_patterns_v_texts_order_parent" ON "_patterns_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "gates__order_idx" ON "gates" USING btree ("_order");
  CREATE INDEX "gates_updated_at_idx" ON "gates" USING btree ("updated_at");
  CREATE INDEX "gates_created_at_idx" ON "gates" USING btree ("created_at");
  CREATE INDEX "gates__status_idx" ON "gates" USING btree ("_status");
  CREATE INDEX "_gates_v_parent_idx" ON "_gates_v" USING btree ("parent_id");
  CREATE INDEX "_gates_v_version_version__order_idx" ON "_gates_v" USING btree ("version__order");
  CREATE INDEX "_gates_v_version_version_updated_at_idx" ON "_gates_v" USING btree ("version_updated_at");
  CREATE INDEX "_gates_v_version_version_created_at_idx" ON "_gates_v" USING btree ("version_created_at");
  CREATE INDEX "_gates_v_version_version__status_idx" ON "_gates_v" USING btree ("version__status");
  CREATE INDEX "_gates_v_created_at_idx" ON "_gates_v" USING btree ("created_at");
  CREATE INDEX "_gates_v_updated_at_idx" ON "_gates_v" USING btree ("updated_at");
  CREATE INDEX "_gates_v_latest_idx" ON "_gates_v" USING btree ("latest");
  CREATE INDEX "_gates_v_autosave_idx" ON "_gates_v" USING btree ("autosave");
  CREATE INDEX "drift_thresholds__order_idx" ON "drift_thresholds" USING btree ("_order");
  CREATE INDEX "drift_thresholds_updated_at_idx" ON "drift_thresholds" USING btree ("updated_at");
  CREATE INDEX "drift_thresholds_created_at_idx" ON "drift_thresholds" USING btree ("created_at");
  CREATE INDEX "drift_thresholds__status_idx" ON "drift_thresholds" USING btree ("_status");
  CREATE INDEX "_drift_thresholds_v_parent_idx" ON "_drift_thresholds_v" USING btree ("parent_id");
  CREATE INDEX "_drift_thresholds_v_version_version__order_idx" ON "_drift_thresholds_v" USING btree ("version__order");
  CREATE INDEX "_drift_thresholds_v_version_version_updated_at_idx" ON "_drift_thresholds_v" USING btree ("version_updated_at");
  CREATE INDEX "_drift_thresholds_v_version_version_created_at_idx" ON "_drift_thresholds_v" USING btree ("version_created_at");
  CREATE INDEX "_drift_thresholds_v_version_version__status_idx" ON "_drift_thresholds_v" USING btree ("version__status");
  CREATE INDEX "_drift_thresholds_v_created_at_idx" ON "_drift_thresholds_v" USING btree ("created_at");
  CREATE INDEX "_drift_thresholds_v_updated_at_idx" ON "_drift_thresholds_v" USING btree ("updated_at");
  CREATE INDEX "_drift_thresholds_v_latest_idx" ON "_drift_thresholds_v" USING btree ("latest");
  CREATE INDEX "_drift_thresholds_v_autosave_idx" ON "_drift_thresholds_v" USING btree ("autosave");
  CREATE INDEX "engagement_phases__order_idx" ON "engagement_phases" USING btree ("_order");
  CREATE INDEX "engagement_phases_updated_at_idx" ON "engagement_phases" USING btree ("updated_at");
  CREATE INDEX "engagement_phases_created_at_idx" ON "engagement_phases" USING btree ("created_at");
  CREATE INDEX "engagement_phases__status_idx" ON "engagement_phases" USING btree ("_status");
  CREATE INDEX "_engagement_phases_v_parent_idx" ON "_engagement_phases_v" USING btree ("parent_id");
  CREATE INDEX "_engagement_phases_v_version_version__order_idx" ON "_engagement_phases_v" USING btree ("version__order");
  CREATE INDEX "_engagement_phases_v_version_version_updated_at_idx" ON "_engagement_phases_v" USING btree ("version_updated_at");
  CREATE INDEX "_engagement_phases_v_version_version_created_at_idx" ON "_engagement_phases_v" USING btree ("version_created_at");
  CREATE INDEX "_engagement_phases_v_version_version__status_idx" ON "_engagement_phases_v" USING btree ("version__status");
  CREATE INDEX "_engagement_phases_v_created_at_idx" ON "_engagement_phases_v" USING btree ("created_at");
  CREATE INDEX "_engagement_phases_v_updated_at_idx" ON "_engagement_phases_v" USING btree ("updated_at");
  CREATE INDEX "_engagement_phases_v_latest_idx" ON "_engagement_phases_v" USING btree ("latest");
  CREATE INDEX "_engagement_phases_v_autosave_idx" ON "_engagement_phases_v" USING btree ("autosave");
  CREATE INDEX "shapes__order_idx" ON "shapes" USING btree ("_order");
  CREATE INDEX "shapes_updated_at_idx" ON "shapes" USING btree ("updated_at");
  CREATE INDEX "shapes_created_at_idx" ON "shapes" USING btree ("created_at");
  CREATE INDEX "shapes__status_idx" ON "shapes" USING btree ("_status");
  CREATE INDEX "_shapes_v_parent_idx" ON "_shapes_v" USING btree ("parent_id");
  CREATE INDEX "_shapes_v_version_version__order_idx" ON "_shapes_v" USING btree ("version__order");
  CREATE INDEX "_shapes_v_version_version_updated_at_idx" ON "_shapes_v" USING btree ("version_updated_at");
  CREATE INDEX "_shapes_v_version_version_created_at_idx" ON "_shapes_v" USING btree ("version_created_at");
  CREATE INDEX "_shapes_v_version_version__status_idx" ON "_shapes_v" USING btree ("version__status");
  CREATE INDEX "_shapes_v_created_at_idx" ON "_shapes_v" USING btree ("created_at");
  CREATE INDEX "_shapes_v_updated_at_idx" ON "_shapes_v" USING btree ("updated_at");
  CREATE INDEX "_shapes_v_latest_idx" ON "_shapes_v" USING btree ("latest");
  CREATE INDEX "_shapes_v_autosave_idx" ON "_shapes_v" USING btree ("autosave");
  CREATE INDEX "faqs__order_idx" ON "faqs" USING btree ("_order");
  CREATE UNIQUE INDEX "faqs_anchor_idx" ON "faqs" USING btree ("anchor");
  CREATE INDEX "faqs_updated_at_idx" ON "faqs" USING btree ("updated_at");
  CREATE INDEX "faqs_created_at_idx" ON "faqs" USING btree ("created_at");
  CREATE INDEX "faqs__status_idx" ON "faqs" USING btree ("_status");
  CREATE INDEX "_faqs_v_parent_idx" ON "_faqs_v" USING btree ("parent_id");
  CREATE INDEX "_faqs_v_version_version__order_idx" ON "_faqs_v" USING btree ("version__order");
  CREATE INDEX "_faqs_v_version_version_anchor_idx" ON "_faqs_v" USING btree ("version_anchor");
  CREATE INDEX "_faqs_v_version_version_updated_at_idx" ON "_faqs_v" USING btree ("version_updated_at");
  CREATE INDEX "_faqs_v_version_version_created_at_idx" ON "_faqs_v" USING btree ("version_created_at");
  CREATE INDEX "_faqs_v_version_version__status_idx" ON "_faqs_v" USING btree ("version__status");
  CREATE INDEX "_faqs_v_created_at_idx" ON "_faqs_v" USING btree ("created_at");
  CREATE INDEX "_faqs_v_updated_at_idx" ON "_faqs_v" USING btree ("updated_at");
  CREATE INDEX "_faqs_v_latest_idx" ON "_faqs_v" USING btree ("latest");
  CREATE INDEX "_faqs_v_autosave_idx" ON "_faqs_v" USING btree ("autosave");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "media_sizes_og_sizes_og_filename_idx" ON "media" USING btree ("sizes_og_filename");
  CREATE INDEX "leads_notes_order_idx" ON "leads_notes" USING btree ("_order");
  CREATE INDEX "leads_notes_parent_id_idx" ON "leads_notes" USING btree ("_parent_id");
  CREATE INDEX "leads_notes_author_idx" ON "leads_notes" USING btree ("author_id");
  CREATE INDEX "leads_activity_order_idx" ON "leads_activity" USING btree ("_order");
  CREATE INDEX "leads_activity_parent_id_idx" ON "leads_activity" USING btree ("_parent_id");
  CREATE INDEX "leads_activity_by_idx" ON "leads_activity" USING btree ("by_id");
  CREATE UNIQUE INDEX "leads_reference_idx" ON "leads" USING btree ("reference");
  CREATE UNIQUE INDEX "leads_submission_id_idx" ON "leads" USING btree ("submission_id");
  CREATE INDEX "leads_email_idx" ON "leads" USING btree ("email");
  CREATE INDEX "leads_status_idx" ON "leads" USING btree ("status");
  CREATE INDEX "leads_owner_idx" ON "leads" USING btree ("owner_id");
  CREATE INDEX "leads_received_at_idx" ON "leads" USING btree ("received_at");
  CREATE INDEX "leads_spam_idx" ON "leads" USING btree ("spam");
  CREATE INDEX "leads_updated_at_idx" ON "leads" USING btree ("updated_at");
  CREATE INDEX "leads_created_at_idx" ON "leads" USING btree ("created_at");
  CREATE INDEX "leads_rels_order_idx" ON "leads_rels" USING btree ("order");
  CREATE INDEX "leads_rels_parent_idx" ON "leads_rels" USING btree ("parent_id");
  CREATE INDEX "leads_rels_path_idx" ON "leads_rels" USING btree ("path");
  CREATE INDEX "leads_rels_service_areas_id_idx" ON "leads_rels" USING btree ("service_areas_id");
  CREATE INDEX "leads_rels_leads_id_idx" ON "leads_rels" USING btree ("leads_id");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_service_areas_id_idx" ON "payload_locked_documents_rels" USING btree ("service_areas_id");
  CREATE INDEX "payload_locked_documents_rels_stack_rows_id_idx" ON "payload_locked_documents_rels" USING btree ("stack_rows_id");
  CREATE INDEX "payload_locked_documents_rels_patterns_id_idx" ON "payload_locked_documents_rels" USING btree ("patterns_id");
  CREATE INDEX "payload_locked_documents_rels_gates_id_idx" ON "payload_locked_documents_rels" USING btree ("gates_id");
  CREATE INDEX "payload_locked_documents_rels_drift_thresholds_id_idx" ON "payload_locked_documents_rels" USING btree ("drift_thresholds_id");
  CREATE INDEX "payload_locked_documents_rels_engagement_phases_id_idx" ON "payload_locked_documents_rels" USING btree ("engagement_phases_id");
  CREATE INDEX "payload_locked_documents_rels_shapes_id_idx" ON "payload_locked_documents_rels" USING btree ("shapes_id");
  CREATE INDEX "payload_locked_documents_rels_faqs_id_idx" ON "payload_locked_documents_rels" USING btree ("faqs_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_leads_id_idx" ON "payload_locked_documents_rels" USING btree ("leads_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");
  CREATE INDEX "hero_facts_order_idx" ON "hero_facts" USING btree ("_order");
  CREATE INDEX "hero_facts_parent_id_idx" ON "hero_facts" USING btree ("_parent_id");
  CREATE INDEX "hero__status_idx" ON "hero" USING btree ("_status");
  CREATE INDEX "_hero_v_version_facts_order_idx" ON "_hero_v_version_facts" USING btree ("_order");
  CREATE INDEX "_hero_v_version_facts_parent_id_idx" ON "_hero_v_version_facts" USING btree ("_parent_id");
  CREATE INDEX "_hero_v_version_version__status_idx" ON "_hero_v" USING btree ("version__status");
  CREATE INDEX "_hero_v_created_at_idx" ON "_hero_v" USING btree ("created_at");
  CREATE INDEX "_hero_v_updated_at_idx" ON "_hero_v" USING btree ("updated_at");
  CREATE INDEX "_hero_v_latest_idx" ON "_hero_v" USING btree ("latest");
  CREATE INDEX "_hero_v_autosave_idx" ON "_hero_v" USING btree ("autosave");
  CREATE INDEX "section_intros__status_idx" ON "section_intros" USING btree ("_status");
  CREATE INDEX "_section_intros_v_version_version__status_idx" ON "_section_intros_v" USING btree ("version__status");
  CREATE INDEX "_section_intros_v_created_at_idx" ON "_section_intros_v" USING btree ("created_at");
  CREATE INDEX "_section_intros_v_updated_at_idx" ON "_section_intros_v" USING btree ("updated_at");
  CREATE INDEX "_section_intros_v_latest_idx" ON "_section_intros_v" USING btree ("latest");
  CREATE INDEX "_section_intros_v_autosave_idx" ON "_section_intros_v" USING btree ("autosave");
  CREATE INDEX "llmops_comparison_rows_order_idx" ON "llmops_comparison_rows" USING btree ("_order");
  CREATE INDEX "llmops_comparison_rows_parent_id_idx" ON "llmops_comparison_rows" USING btree ("_parent_id");
  CREATE INDEX "llmops_comparison__status_idx" ON "llmops_comparison" USING btree ("_status");
  CREATE INDEX "_llmops_comparison_v_version_rows_order_idx" ON "_llmops_comparison_v_version_rows" USING btree ("_order");
  CREATE INDEX "_llmops_comparison_v_version_rows_parent_id_idx" ON "_llmops_comparison_v_version_rows" USING btree ("_parent_id");
  CREATE INDEX "_llmops_comparison_v_version_version__status_idx" ON "_llmops_comparison_v" USING btree ("version__status");
  CREATE INDEX "_llmops_comparison_v_created_at_idx" ON "_llmops_comparison_v" USING btree ("created_at");
  CREATE INDEX "_llmops_comparison_v_updated_at_idx" ON "_llmops_comparison_v" USING btree ("updated_at");
  CREATE INDEX "_llmops_comparison_v_latest_idx" ON "_llmops_comparison_v" USING btree ("latest");
  CREATE INDEX "_llmops_comparison_v_autosave_idx" ON "_llmops_comparison_v" USING btree ("autosave");
  CREATE INDEX "monitoring_signals_signals_order_idx" ON "monitoring_signals_signals" USING btree ("_order");
  CREATE INDEX "monitoring_signals_signals_parent_id_idx" ON "monitoring_signals_signals" USING btree ("_parent_id");
  CREATE INDEX "monitoring_signals__status_idx" ON "monitoring_signals" USING btree ("_status");
  CREATE INDEX "_monitoring_signals_v_version_signals_order_idx" ON "_monitoring_signals_v_version_signals" USING btree ("_order");
  CREATE INDEX "_monitoring_signals_v_version_signals_parent_id_idx" ON "_monitoring_signals_v_version_signals" USING btree ("_parent_id");
  CREATE INDEX "_monitoring_signals_v_version_version__status_idx" ON "_monitoring_signals_v" USING btree ("version__status");
  CREATE INDEX "_monitoring_signals_v_created_at_idx" ON "_monitoring_signals_v" USING btree ("created_at");
  CREATE INDEX "_monitoring_signals_v_updated_at_idx" ON "_monitoring_signals_v" USING btree ("updated_at");
  CREATE INDEX "_monitoring_signals_v_latest_idx" ON "_monitoring_signals_v" USING btree ("latest");
  CREATE INDEX "_monitoring_signals_v_autosave_idx" ON "_monitoring_signals_v" USING btree ("autosave");
  CREATE INDEX "decide_tree_questions_options_order_idx" ON "decide_tree_questions_options" USING btree ("_order");
  CREATE INDEX "decide_tree_questions_options_parent_id_idx" ON "decide_tree_questions_options" USING btree ("_parent_id");
  CREATE INDEX "decide_tree_questions_order_idx" ON "decide_tree_questions" USING btree ("_order");
  CREATE INDEX "decide_tree_questions_parent_id_idx" ON "decide_tree_questions" USING btree ("_parent_id");
  CREATE INDEX "decide_tree_outcomes_order_idx" ON "decide_tree_outcomes" USING btree ("_order");
  CREATE INDEX "decide_tree_outcomes_parent_id_idx" ON "decide_tree_outcomes" USING btree ("_parent_id");
  CREATE INDEX "decide_tree__status_idx" ON "decide_tree" USING btree ("_status");
  CREATE INDEX "_decide_tree_v_version_questions_options_order_idx" ON "_decide_tree_v_version_questions_options" USING btree ("_order");
  CREATE INDEX "_decide_tree_v_version_questions_options_parent_id_idx" ON "_decide_tree_v_version_questions_options" USING btree ("_parent_id");
  CREATE INDEX "_decide_tree_v_version_questions_order_idx" ON "_decide_tree_v_version_questions" USING btree ("_order");
  CREATE INDEX "_decide_tree_v_version_questions_parent_id_idx" ON "_decide_tree_v_version_questions" USING btree ("_parent_id");
  CREATE INDEX "_decide_tree_v_version_outcomes_order_idx" ON "_decide_tree_v_version_outcomes" USING btree ("_order");
  CREATE INDEX "_decide_tree_v_version_outcomes_parent_id_idx" ON "_decide_tree_v_version_outcomes" USING btree ("_parent_id");
  CREATE INDEX "_decide_tree_v_version_version__status_idx" ON "_decide_tree_v" USING btree ("version__status");
  CREATE INDEX "_decide_tree_v_created_at_idx" ON "_decide_tree_v" USING btree ("created_at");
  CREATE INDEX "_decide_tree_v_updated_at_idx" ON "_decide_tree_v" USING btree ("updated_at");
  CREATE INDEX "_decide_tree_v_latest_idx" ON "_decide_tree_v" USING btree ("latest");
  CREATE INDEX "_decide_tree_v_autosave_idx" ON "_decide_tree_v" USING btree ("autosave");
  CREATE INDEX "why_us_reasons_order_idx" ON "why_us_reasons" USING btree ("_order");
  CREATE INDEX "why_us_reasons_parent_id_idx" ON "why_us_reasons" USING btree ("_parent_id");
  CREATE INDEX "why_us__status_idx" ON "why_us" USING btree ("_status");
  CREATE INDEX "_why_us_v_version_reasons_order_idx" ON "_why_us_v_version_reasons" USING btree ("_order");
  CREATE INDEX "_why_us_v_version_reasons_parent_id_idx" ON "_why_us_v_version_reasons" USING btree ("_parent_id");
  CREATE INDEX "_why_us_v_version_version__status_idx" ON "_why_us_v" USING btree ("version__status");
  CREATE INDEX "_why_us_v_created_at_idx" ON "_why_us_v" USING btree ("created_at");
  CREATE INDEX "_why_us_v_updated_at_idx" ON "_why_us_v" USING btree ("updated_at");
  CREATE INDEX "_why_us_v_latest_idx" ON "_why_us_v" USING btree ("latest");
  CREATE INDEX "_why_us_v_autosave_idx" ON "_why_us_v" USING btree ("autosave");
  CREATE INDEX "closing_cta__status_idx" ON "closing_cta" USING btree ("_status");
  CREATE INDEX "_closing_cta_v_version_version__status_idx" ON "_closing_cta_v" USING btree ("version__status");
  CREATE INDEX "_closing_cta_v_created_at_idx" ON "_closing_cta_v" USING btree ("created_at");
  CREATE INDEX "_closing_cta_v_updated_at_idx" ON "_closing_cta_v" USING btree ("updated_at");
  CREATE INDEX "_closing_cta_v_latest_idx" ON "_closing_cta_v" USING btree ("latest");
  CREATE INDEX "_closing_cta_v_autosave_idx" ON "_closing_cta_v" USING btree ("autosave");
  CREATE INDEX "header_links_order_idx" ON "header_links" USING btree ("_order");
  CREATE INDEX "header_links_parent_id_idx" ON "header_links" USING btree ("_parent_id");
  CREATE INDEX "header__status_idx" ON "header" USING btree ("_status");
  CREATE INDEX "_header_v_version_links_order_idx" ON "_header_v_version_links" USING btree ("_order");
  CREATE INDEX "_header_v_version_links_parent_id_idx" ON "_header_v_version_links" USING btree ("_parent_id");
  CREATE INDEX "_header_v_version_version__status_idx" ON "_header_v" USING btree ("version__status");
  CREATE INDEX "_header_v_created_at_idx" ON "_header_v" USING btree ("created_at");
  CREATE INDEX "_header_v_updated_at_idx" ON "_header_v" USING btree ("updated_at");
  CREATE INDEX "_header_v_latest_idx" ON "_header_v" USING btree ("latest");
  CREATE INDEX "_header_v_autosave_idx" ON "_header_v" USING btree ("autosave");
  CREATE INDEX "footer_links_order_idx" ON "footer_links" USING btree ("_order");
  CREATE INDEX "footer_links_parent_id_idx" ON "footer_links" USING btree ("_parent_id");
  CREATE INDEX "footer__status_idx" ON "footer" USING btree ("_status");
  CREATE INDEX "_footer_v_version_links_order_idx" ON "_footer_v_version_links" USING btree ("_order");
  CREATE INDEX "_footer_v_version_links_parent_id_idx" ON "_footer_v_version_links" USING btree ("_parent_id");
  CREATE INDEX "_footer_v_version_version__status_idx" ON "_footer_v" USING btree ("version__status");
  CREATE INDEX "_footer_v_created_at_idx" ON "_footer_v" USING btree ("created_at");
  CREATE INDEX "_footer_v_updated_at_idx" ON "_footer_v" USING btree ("updated_at");
  CREATE INDEX "_footer_v_latest_idx" ON "_footer_v" USING btree ("latest");
  CREATE INDEX "_footer_v_autosave_idx" ON "_footer_v" USING btree ("autosave");
  CREATE INDEX "site_settings__status_idx" ON "site_settings" USING btree ("_status");
  CREATE INDEX "_site_settings_v_version_version__status_idx" ON "_site_settings_v" USING btree ("version__status");
  CREATE INDEX "_site_settings_v_created_at_idx" ON "_site_settings_v" USING btree ("created_at");
  CREATE INDEX "_site_settings_v_updated_at_idx" ON "_site_settings_v" USING btree ("updated_at");
  CREATE INDEX "_site_settings_v_latest_idx" ON "_site_settings_v" USING btree ("latest");
  CREATE INDEX "_site_settings_v_autosave_idx" ON "_site_settings_v" USING btree ("autosave");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "service_areas" CASCADE;
  DROP TABLE "service_areas_texts" CASCADE;
  DROP TABLE "_service_areas_v" CASCADE;
  DROP TABLE "_service_areas_v_texts" CASCADE;
  DROP TABLE "stack_rows" CASCADE;
  DROP TABLE "stack_rows_texts" CASCADE;
  DROP TABLE "_stack_rows_v" CASCADE;
  DROP TABLE "_stack_rows_v_texts" CASCADE;
  DROP TABLE "patterns_pick_when" CASCADE;
  DROP TABLE "patterns_skip_when" CASCADE;
  DROP TABLE "patterns" CASCADE;
  DROP TABLE "patterns_texts" CASCADE;
  DROP TABLE "_patterns_v_version_pick_when" CASCADE;
  DROP TABLE "_patterns_v_version_skip_when" CASCADE;
  DROP TABLE "_patterns_v" CASCADE;
  DROP TABLE "_patterns_v_texts" CASCADE;
  DROP TABLE "gates" CASCADE;
  DROP TABLE "_gates_v" CASCADE;
  DROP TABLE "drift_thresholds" CASCADE;
  DROP TABLE "_drift_thresholds_v" CASCADE;
  DROP TABLE "engagement_phases" CASCADE;
  DROP TABLE "_engagement_phases_v" CASCADE;
  DROP TABLE "shapes" CASCADE;
  DROP TABLE "_shapes_v" CASCADE;
  DROP TABLE "faqs" CASCADE;
  DROP TABLE "_faqs_v" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "leads_notes" CASCADE;
  DROP TABLE "leads_activity" CASCADE;
  DROP TABLE "leads" CASCADE;
  DROP TABLE "leads_rels" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TABLE "hero_facts" CASCADE;
  DROP TABLE "hero" CASCADE;
  DROP TABLE "_hero_v_version_facts" CASCADE;
  DROP TABLE "_hero_v" CASCADE;
  DROP TABLE "section_intros" CASCADE;
  DROP TABLE "_section_intros_v" CASCADE;
  DROP TABLE "llmops_comparison_rows" CASCADE;
  DROP TABLE "llmops_comparison" CASCADE;
  DROP TABLE "_llmops_comparison_v_version_rows" CASCADE;
  DROP TABLE "_llmops_comparison_v" CASCADE;
  DROP TABLE "monitoring_signals_signals" CASCADE;
  DROP TABLE "monitoring_signals" CASCADE;
  DROP TABLE "_monitoring_signals_v_version_signals" CASCADE;
  DROP TABLE "_monitoring_signals_v" CASCADE;
  DROP TABLE "decide_tree_questions_options" CASCADE;
  DROP TABLE "decide_tree_questions" CASCADE;
  DROP TABLE "decide_tree_outcomes" CASCADE;
  DROP TABLE "decide_tree" CASCADE;
  DROP TABLE "_decide_tree_v_version_questions_options" CASCADE;
  DROP TABLE "_decide_tree_v_version_questions" CASCADE;
  DROP TABLE "_decide_tree_v_version_outcomes" CASCADE;
  DROP TABLE "_decide_tree_v" CASCADE;
  DROP TABLE "why_us_reasons" CASCADE;
  DROP TABLE "why_us" CASCADE;
  DROP TABLE "_why_us_v_version_reasons" CASCADE;
  DROP TABLE "_why_us_v" CASCADE;
  DROP TABLE "closing_cta" CASCADE;
  DROP TABLE "_closing_cta_v" CASCADE;
  DROP TABLE "header_links" CASCADE;
  DROP TABLE "header" CASCADE;
  DROP TABLE "_header_v_version_links" CASCADE;
  DROP TABLE "_header_v" CASCADE;
  DROP TABLE "footer_links" CASCADE;
  DROP TABLE "footer" CASCADE;
  DROP TABLE "_footer_v_version_links" CASCADE;
  DROP TABLE "_footer_v" CASCADE;
  DROP TABLE "site_settings" CASCADE;
  DROP TABLE "_site_settings_v" CASCADE;
  DROP TYPE "public"."enum_service_areas_status";
  DROP TYPE "public"."enum__service_areas_v_version_status";
  DROP TYPE "public"."enum_stack_rows_status";
  DROP TYPE "public"."enum__stack_rows_v_version_status";
  DROP TYPE "public"."enum_patterns_status";
  DROP TYPE "public"."enum__patterns_v_version_status";
  DROP TYPE "public"."enum_gates_status";
  DROP TYPE "public"."enum__gates_v_version_status";
  DROP TYPE "public"."enum_drift_thresholds_metric";
  DROP TYPE "public"."enum_drift_thresholds_measure";
  DROP TYPE "public"."enum_drift_thresholds_direction";
  DROP TYPE "public"."enum_drift_thresholds_status";
  DROP TYPE "public"."enum__drift_thresholds_v_version_metric";
  DROP TYPE "public"."enum__drift_thresholds_v_version_measure";
  DROP TYPE "public"."enum__drift_thresholds_v_version_direction";
  DROP TYPE "public"."enum__drift_thresholds_v_version_status";
  DROP TYPE "public"."enum_engagement_phases_status";
  DROP TYPE "public"."enum__engagement_phases_v_version_status";
  DROP TYPE "public"."enum_shapes_status";
  DROP TYPE "public"."enum__shapes_v_version_status";
  DROP TYPE "public"."enum_faqs_status";
  DROP TYPE "public"."enum__faqs_v_version_status";
  DROP TYPE "public"."enum_leads_activity_kind";
  DROP TYPE "public"."enum_leads_cloud";
  DROP TYPE "public"."enum_leads_timeline";
  DROP TYPE "public"."enum_leads_status";
  DROP TYPE "public"."enum_leads_sales_notification_state";
  DROP TYPE "public"."enum_leads_confirmation_state";
  DROP TYPE "public"."enum_users_role";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  DROP TYPE "public"."enum_hero_status";
  DROP TYPE "public"."enum__hero_v_version_status";
  DROP TYPE "public"."enum_section_intros_status";
  DROP TYPE "public"."enum__section_intros_v_version_status";
  DROP TYPE "public"."enum_llmops_comparison_status";
  DROP TYPE "public"."enum__llmops_comparison_v_version_status";
  DROP TYPE "public"."enum_monitoring_signals_status";
  DROP TYPE "public"."enum__monitoring_signals_v_version_status";
  DROP TYPE "public"."enum_decide_tree_status";
  DROP TYPE "public"."enum__decide_tree_v_version_status";
  DROP TYPE "public"."enum_why_us_status";
  DROP TYPE "public"."enum__why_us_v_version_status";
  DROP TYPE "public"."enum_closing_cta_status";
  DROP TYPE "public"."enum__closing_cta_v_version_status";
  DROP TYPE "public"."enum_header_status";
  DROP TYPE "public"."enum__header_v_version_status";
  DROP TYPE "public"."enum_footer_status";
  DROP TYPE "public"."enum__footer_v_version_status";
  DROP TYPE "public"."enum_site_settings_status";
  DROP TYPE "public"."enum__site_settings_v_version_status";`)
}
