import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * /privacy's words as the seed had them when this migration was written, frozen here (a
 * migration must replay the same way after the seed or the schema change). Section ids are
 * fixed, in the shape Payload gives array rows.
 */
const PRIVACY_PAGE = {
  title: 'How we handle what you send us',
  intro:
    'This page covers the enquiry form on this site: what it keeps, who reads it, how long it stays and how to have it removed. The site sets no tracking or advertising cookies and runs no analytics scripts.',
  updated: 'Last changed 26 November 2026',
} as const

const PRIVACY_SECTIONS = [
  {
    id: '872a38982dbd664b42049b07',
    heading: 'What the form keeps',
    body: 'What you type: your name, work email, company, role, the service areas you pick, your cloud or stack, your timeline and your message. With it we keep where you came from on this site (a decide-tree outcome or a drift-calculator summary you chose to attach, and campaign tags in the link you followed), the time you sent it, your browser’s user-agent string, and a one-way hash of your IP address — never the address itself — used to slow down repeated sending and to spot spam.',
  },
  {
    id: '0703b0003c3914e60319c398',
    heading: 'Why, and who reads it',
    body: 'Only to answer your enquiry and to scope the work you asked about. A senior engineer and our sales team read it in our own admin, where access is limited by role. We do not sell it, share it for marketing, or add you to a newsletter.',
  },
  {
    id: '87d289e8fc12d9fe426b8d83',
    heading: 'Email',
    body: 'When you send the form we email you a confirmation with your reference (at most one a day to an address), and notify the team. These emails go through our email provider, Resend, which processes them on our behalf and for no other purpose.',
  },
  {
    id: '6b6672458ed8521eb86ea1b2',
    heading: 'How long we keep it',
    body: 'An enquiry stays while we are talking about the work and for as long as the engagement that follows needs it. Messages flagged as spam are deleted after 30 days.',
  },
  {
    id: '924f7d5545deed01ab4b4c0b',
    heading: 'Your rights',
    body: 'Write to the address at the foot of this page to see what we hold about you, to correct it, or to have every trace of it erased: your enquiries, the notes on them and the emails we sent. We answer within one working day and complete an erasure within a month at the latest.',
  },
] as const

/** The sections as a VALUES list: (order, id, heading, body). */
const sectionRows = () =>
  sql.join(
    PRIVACY_SECTIONS.map(
      (s, i) => sql`(${i + 1}::int, ${s.id}::varchar, ${s.heading}::varchar, ${s.body}::varchar)`,
    ),
    sql`, `,
  )

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_privacy_page_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__privacy_page_v_version_status" AS ENUM('draft', 'published');
  CREATE TABLE "privacy_page_sections" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"body" varchar
  );
  
  CREATE TABLE "privacy_page" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"intro" varchar,
  	"updated" varchar,
  	"_status" "enum_privacy_page_status" DEFAULT 'draft',
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "_privacy_page_v_version_sections" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"body" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_privacy_page_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"version_title" varchar,
  	"version_intro" varchar,
  	"version_updated" varchar,
  	"version__status" "enum__privacy_page_v_version_status" DEFAULT 'draft',
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean,
  	"autosave" boolean
  );
  
  ALTER TABLE "privacy_page_sections" ADD CONSTRAINT "privacy_page_sections_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."privacy_page"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_privacy_page_v_version_sections" ADD CONSTRAINT "_privacy_page_v_version_sections_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_privacy_page_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "privacy_page_sections_order_idx" ON "privacy_page_sections" USING btree ("_order");
  CREATE INDEX "privacy_page_sections_parent_id_idx" ON "privacy_page_sections" USING btree ("_parent_id");
  CREATE INDEX "privacy_page__status_idx" ON "privacy_page" USING btree ("_status");
  CREATE INDEX "_privacy_page_v_version_sections_order_idx" ON "_privacy_page_v_version_sections" USING btree ("_order");
  CREATE INDEX "_privacy_page_v_version_sections_parent_id_idx" ON "_privacy_page_v_version_sections" USING btree ("_parent_id");
  CREATE INDEX "_privacy_page_v_version_version__status_idx" ON "_privacy_page_v" USING btree ("version__status");
  CREATE INDEX "_privacy_page_v_created_at_idx" ON "_privacy_page_v" USING btree ("created_at");
  CREATE INDEX "_privacy_page_v_updated_at_idx" ON "_privacy_page_v" USING btree ("updated_at");
  CREATE INDEX "_privacy_page_v_latest_idx" ON "_privacy_page_v" USING btree ("latest");
  CREATE INDEX "_privacy_page_v_autosave_idx" ON "_privacy_page_v" USING btree ("autosave");`)
  await fillPrivacyPage(db)
}

/**
 * A site seeded before /privacy existed (its site settings were saved) gets the page's words,
 * published, with a version as Payload would write it. An empty database is left to the seed.
 * SQL against this migration's own schema, not Payload's API, whose config is always the newest one.
 */
export async function fillPrivacyPage(db: Pick<MigrateUpArgs['db'], 'execute'>): Promise<void> {
  await db.execute(sql`
    WITH page AS (
      INSERT INTO "privacy_page" ("title", "intro", "updated", "_status", "updated_at", "created_at")
      SELECT ${PRIVACY_PAGE.title}, ${PRIVACY_PAGE.intro}, ${PRIVACY_PAGE.updated}, 'published', now(), now()
      WHERE EXISTS (SELECT 1 FROM "site_settings" WHERE "updated_at" IS NOT NULL)
        AND NOT EXISTS (SELECT 1 FROM "privacy_page")
      RETURNING "id", "updated_at", "created_at"
    ),
    sections AS (
      INSERT INTO "privacy_page_sections" ("_order", "_parent_id", "id", "heading", "body")
      SELECT s.ord, page."id", s.id, s.heading, s.body FROM page, (VALUES ${sectionRows()}) AS s(ord, id, heading, body)
    ),
    version AS (
      INSERT INTO "_privacy_page_v" ("version_title", "version_intro", "version_updated", "version__status",
        "version_updated_at", "version_created_at", "latest", "autosave")
      SELECT ${PRIVACY_PAGE.title}, ${PRIVACY_PAGE.intro}, ${PRIVACY_PAGE.updated}, 'published',
        page."updated_at", page."created_at", true, false
      FROM page
      RETURNING "id"
    )
    INSERT INTO "_privacy_page_v_version_sections" ("_order", "_parent_id", "heading", "body", "_uuid")
    SELECT s.ord, version."id", s.heading, s.body, s.id FROM version, (VALUES ${sectionRows()}) AS s(ord, id, heading, body)`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "privacy_page_sections" CASCADE;
  DROP TABLE "privacy_page" CASCADE;
  DROP TABLE "_privacy_page_v_version_sections" CASCADE;
  DROP TABLE "_privacy_page_v" CASCADE;
  DROP TYPE "public"."enum_privacy_page_status";
  DROP TYPE "public"."enum__privacy_page_v_version_status";`)
}
