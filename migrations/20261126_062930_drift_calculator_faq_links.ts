import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_drift_calculator_demos_kind" AS ENUM('numeric', 'categorical');
  CREATE TYPE "public"."enum_drift_calculator_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__drift_calculator_v_version_demos_kind" AS ENUM('numeric', 'categorical');
  CREATE TYPE "public"."enum__drift_calculator_v_version_status" AS ENUM('draft', 'published');
  ALTER TYPE "public"."enum_drift_thresholds_metric" ADD VALUE 'js' BEFORE 'wasserstein';
  ALTER TYPE "public"."enum__drift_thresholds_v_version_metric" ADD VALUE 'js' BEFORE 'wasserstein';
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
  
  ALTER TABLE "section_intros" ADD COLUMN "faq_labels_link" varchar;
  ALTER TABLE "section_intros" ADD COLUMN "faq_labels_copy" varchar;
  ALTER TABLE "section_intros" ADD COLUMN "faq_labels_copied" varchar;
  ALTER TABLE "_section_intros_v" ADD COLUMN "version_faq_labels_link" varchar;
  ALTER TABLE "_section_intros_v" ADD COLUMN "version_faq_labels_copy" varchar;
  ALTER TABLE "_section_intros_v" ADD COLUMN "version_faq_labels_copied" varchar;
  -- Sites seeded before these labels existed: give them the seed's words (the seed never rewrites a saved global).
  UPDATE "section_intros" SET "faq_labels_link" = 'Link to this question' WHERE "faq_labels_link" IS NULL;
  UPDATE "section_intros" SET "faq_labels_copy" = 'Copy link' WHERE "faq_labels_copy" IS NULL;
  UPDATE "section_intros" SET "faq_labels_copied" = 'Link copied' WHERE "faq_labels_copied" IS NULL;
  UPDATE "_section_intros_v" SET "version_faq_labels_link" = 'Link to this question' WHERE "version_faq_labels_link" IS NULL;
  UPDATE "_section_intros_v" SET "version_faq_labels_copy" = 'Copy link' WHERE "version_faq_labels_copy" IS NULL;
  UPDATE "_section_intros_v" SET "version_faq_labels_copied" = 'Link copied' WHERE "version_faq_labels_copied" IS NULL;
  ALTER TABLE "drift_calculator_demos_categories" ADD CONSTRAINT "drift_calculator_demos_categories_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."drift_calculator_demos"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "drift_calculator_demos" ADD CONSTRAINT "drift_calculator_demos_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."drift_calculator"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_drift_calculator_v_version_demos_categories" ADD CONSTRAINT "_drift_calculator_v_version_demos_categories_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_drift_calculator_v_version_demos"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_drift_calculator_v_version_demos" ADD CONSTRAINT "_drift_calculator_v_version_demos_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_drift_calculator_v"("id") ON DELETE cascade ON UPDATE no action;
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
  CREATE INDEX "_drift_calculator_v_autosave_idx" ON "_drift_calculator_v" USING btree ("autosave");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "drift_calculator_demos_categories" CASCADE;
  DROP TABLE "drift_calculator_demos" CASCADE;
  DROP TABLE "drift_calculator" CASCADE;
  DROP TABLE "_drift_calculator_v_version_demos_categories" CASCADE;
  DROP TABLE "_drift_calculator_v_version_demos" CASCADE;
  DROP TABLE "_drift_calculator_v" CASCADE;
  ALTER TABLE "drift_thresholds" ALTER COLUMN "metric" SET DATA TYPE text;
  DROP TYPE "public"."enum_drift_thresholds_metric";
  CREATE TYPE "public"."enum_drift_thresholds_metric" AS ENUM('psi', 'kl', 'wasserstein', 'judge-score', 'guardrail-rate', 'hallucination-rate');
  ALTER TABLE "drift_thresholds" ALTER COLUMN "metric" SET DATA TYPE "public"."enum_drift_thresholds_metric" USING "metric"::"public"."enum_drift_thresholds_metric";
  ALTER TABLE "_drift_thresholds_v" ALTER COLUMN "version_metric" SET DATA TYPE text;
  DROP TYPE "public"."enum__drift_thresholds_v_version_metric";
  CREATE TYPE "public"."enum__drift_thresholds_v_version_metric" AS ENUM('psi', 'kl', 'wasserstein', 'judge-score', 'guardrail-rate', 'hallucination-rate');
  ALTER TABLE "_drift_thresholds_v" ALTER COLUMN "version_metric" SET DATA TYPE "public"."enum__drift_thresholds_v_version_metric" USING "version_metric"::"public"."enum__drift_thresholds_v_version_metric";
  ALTER TABLE "section_intros" DROP COLUMN "faq_labels_link";
  ALTER TABLE "section_intros" DROP COLUMN "faq_labels_copy";
  ALTER TABLE "section_intros" DROP COLUMN "faq_labels_copied";
  ALTER TABLE "_section_intros_v" DROP COLUMN "version_faq_labels_link";
  ALTER TABLE "_section_intros_v" DROP COLUMN "version_faq_labels_copy";
  ALTER TABLE "_section_intros_v" DROP COLUMN "version_faq_labels_copied";
  DROP TYPE "public"."enum_drift_calculator_demos_kind";
  DROP TYPE "public"."enum_drift_calculator_status";
  DROP TYPE "public"."enum__drift_calculator_v_version_demos_kind";
  DROP TYPE "public"."enum__drift_calculator_v_version_status";`)
}
