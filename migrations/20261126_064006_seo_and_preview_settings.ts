import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "site_settings" ADD COLUMN "preview_notice" varchar;
  ALTER TABLE "site_settings" ADD COLUMN "preview_exit_label" varchar;
  ALTER TABLE "site_settings" ADD COLUMN "meta_image_id" integer;
  ALTER TABLE "_site_settings_v" ADD COLUMN "version_preview_notice" varchar;
  ALTER TABLE "_site_settings_v" ADD COLUMN "version_preview_exit_label" varchar;
  ALTER TABLE "_site_settings_v" ADD COLUMN "version_meta_image_id" integer;
  ALTER TABLE "site_settings" ADD CONSTRAINT "site_settings_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_site_settings_v" ADD CONSTRAINT "_site_settings_v_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "site_settings_meta_meta_image_idx" ON "site_settings" USING btree ("meta_image_id");
  CREATE INDEX "_site_settings_v_version_meta_version_meta_image_idx" ON "_site_settings_v" USING btree ("version_meta_image_id");`)
  // Sites seeded before this migration: give the new required fields the seed's words.
  await db.execute(sql`
   UPDATE "site_settings" SET
     "preview_notice" = COALESCE("preview_notice", 'Draft preview: this page shows unpublished changes only you can see.'),
     "preview_exit_label" = COALESCE("preview_exit_label", 'Leave preview');`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "site_settings" DROP CONSTRAINT "site_settings_meta_image_id_media_id_fk";
  
  ALTER TABLE "_site_settings_v" DROP CONSTRAINT "_site_settings_v_version_meta_image_id_media_id_fk";
  
  DROP INDEX "site_settings_meta_meta_image_idx";
  DROP INDEX "_site_settings_v_version_meta_version_meta_image_idx";
  ALTER TABLE "site_settings" DROP COLUMN "preview_notice";
  ALTER TABLE "site_settings" DROP COLUMN "preview_exit_label";
  ALTER TABLE "site_settings" DROP COLUMN "meta_image_id";
  ALTER TABLE "_site_settings_v" DROP COLUMN "version_preview_notice";
  ALTER TABLE "_site_settings_v" DROP COLUMN "version_preview_exit_label";
  ALTER TABLE "_site_settings_v" DROP COLUMN "version_meta_image_id";`)
}
