/**
 * `BENCH_PRELOAD_LEADS`: a year of leads written straight into the database with SQL
 * (`generate_series`), so a bench can measure intake and the admin with tens of thousands of
 * leads already stored. The rows are the ones Payload writes (every required column, valid
 * enum values, areas and duplicates in `leads_rels`), so the admin and the REST API read them
 * like any other lead.
 *
 * - about 90% distinct people; the rest are the same person again (same name, email, company);
 * - 2,000 companies (50 × 40 names, domain from the name), one in five people on a free-mail
 *   domain, and one large customer (`Acme Corp`, 2% of leads) whose leads have many duplicates;
 * - `received_at` spread over the last 365 days; statuses as a pipeline ages them (recent
 *   leads `new`, older ones contacted … won or lost, a few overdue), 6% spam;
 * - a UTM source on two in three, a referrer on four in five, a decide-tree outcome on three in four, and the
 *   status history the workflow writes (one row per move, the first at the first response);
 * - one to three service areas each, and the duplicates `linkDuplicates` would have linked:
 *   earlier leads with the same email, or the same company domain within 90 days, newest
 *   first, at most 50.
 */
import pg from 'pg'

import { COMPANY_WINDOW_DAYS, FREE_MAIL_DOMAINS } from '@/lib/leads/duplicates'

const FIRST = [
  'Ada',
  'Grace',
  'Alan',
  'Linus',
  'Margaret',
  'Dennis',
  'Barbara',
  'Ken',
  'Frances',
  'Edsger',
  'Radia',
  'Donald',
  'Sophie',
  'Tim',
  'Katherine',
  'John',
  'Hedy',
  'Guido',
  'Shafi',
  'Bjarne',
  'Yukihiro',
  'Anita',
  'Leslie',
  'Mary',
  'Niklaus',
  'Jean',
  'Vint',
  'Lynn',
  'Ivan',
  'Karen',
  'Dana',
  'Priya',
  'Kwame',
  'Mei',
  'Lars',
  'Fatima',
  'Diego',
  'Ingrid',
  'Tomasz',
  'Amara',
]
const LAST = [
  'Lovelace',
  'Hopper',
  'Turing',
  'Torvalds',
  'Hamilton',
  'Ritchie',
  'Liskov',
  'Thompson',
  'Allen',
  'Dijkstra',
  'Perlman',
  'Knuth',
  'Wilson',
  'Berners-Lee',
  'Johnson',
  'McCarthy',
  'Lamarr',
  'van Rossum',
  'Goldwasser',
  'Stroustrup',
  'Matsumoto',
  'Borg',
  'Lamport',
  'Keller',
  'Wirth',
  'Sammet',
  'Cerf',
  'Conway',
  'Sutherland',
  'Jones',
  'Ortiz',
  'Raman',
  'Mensah',
  'Chen',
  'Nilsson',
  'Haddad',
  'Garcia',
  'Larsen',
  'Nowak',
  'Okafor',
  'Schmidt',
  'Rossi',
  'Dubois',
  'Kowalski',
  'Tanaka',
  'Silva',
  'Novak',
  'Ivanova',
  'Murphy',
  'Costa',
]
const COMPANY_PREFIX = [
  'Northwind',
  'Globex',
  'Initech',
  'Umbrella',
  'Hooli',
  'Stark',
  'Wayne',
  'Tyrell',
  'Cyberdyne',
  'Soylent',
  'Aperture',
  'Vandelay',
  'Wonka',
  'Gringotts',
  'Oscorp',
  'Massive',
  'Dunder',
  'Prestige',
  'Contoso',
  'Fabrikam',
  'Tailspin',
  'Litware',
  'Adventure',
  'Blue Yonder',
  'Coho',
  'Fourth Coffee',
  'Margie',
  'Proseware',
  'Trey',
  'Wingtip',
  'Lucerne',
  'Alpine',
  'Humongous',
  'Woodgrove',
  'Acme',
  'Pied Piper',
  'Nakatomi',
  'Monarch',
  'Sirius',
  'Zorg',
  'Rekall',
  'Buy n Large',
  'Gekko',
  'Bluth',
  'Sterling',
  'Kramerica',
  'Vehement',
  'Paper Street',
  'Ollivander',
  'Virtucon',
]
const COMPANY_SUFFIX = [
  'Analytics',
  'Labs',
  'Systems',
  'Health',
  'Bank',
  'Insurance',
  'Retail',
  'Logistics',
  'Energy',
  'Media',
  'Robotics',
  'Telecom',
  'Foods',
  'Motors',
  'Pharma',
  'Capital',
  'Games',
  'Travel',
  'Security',
  'Cloud',
  'Data',
  'AI',
  'Biotech',
  'Airlines',
  'Shipping',
  'Mining',
  'Studios',
  'Software',
  'Devices',
  'Networks',
  'Payments',
  'Realty',
  'Learning',
  'Agritech',
  'Fashion',
  'Sports',
  'Chemicals',
  'Semiconductors',
  'Marine',
  'Aerospace',
]
const MESSAGES = [
  'We need a feature store and drift monitoring before Q3.',
  'Our models drift and nobody notices until the quarterly review.',
  'Looking for help moving our LLM prototypes to production with proper observability.',
  'We retrain by hand every month; we want continuous training with gates.',
  'Model registry and approvals for a regulated environment.',
  'Serving latency is too high and GPU costs keep growing.',
]
const ROLES = ['CTO', 'Head of ML platform', 'Data science lead', 'VP Engineering', 'ML engineer', null]
const CLOUDS = ['aws', 'gcp', 'azure', 'on-prem', 'mixed']
const TIMELINES = ['now', '1-3-months', '3-6-months', 'exploring']
const FREE_MAIL = [...FREE_MAIL_DOMAINS].slice(0, 6)
/** Referrers of leads without a UTM source (some have none: typed the address). */
const REFERRERS = [
  'https://www.google.com/',
  'https://news.ycombinator.com/item?id=41000000',
  'https://www.linkedin.com/feed/',
  'https://medium.com/@mlops/drift-in-production',
]
/** The seeded decide tree's outcomes (lib/seed/content/globals.ts). */
const OUTCOMES = ['managed-first', 'kubeflow-build', 'freshness-first', 'llmops-first']

/**
 * `h` is a pseudo-random 0..99 per lead, `p` the person (leads i and i + people are the same
 * person). Every choice is a function of i, so a run is reproducible apart from `now()`.
 */
const STAGE = `
  CREATE TEMP TABLE preload ON COMMIT DROP AS
  WITH base AS (
    SELECT i, (i * 2654435761::bigint) % 100 AS h, i % $2::int AS p,
           now() - ((i * 7919::bigint) % 525600) * interval '1 minute' AS received_at
      FROM generate_series(1, $1::int) AS i
  ), person AS (
    SELECT b.*, (b.p * 40503::bigint) % 2000 AS c, b.p % 50 = 7 AS big, b.p % 5 = 0 AS free FROM base b
  ), named AS (
    SELECT x.*,
           ($3::text[])[1 + x.p % array_length($3::text[], 1)] AS first,
           ($4::text[])[1 + (x.p / 40) % array_length($4::text[], 1)] AS last,
           CASE WHEN x.big THEN 'Acme Corp'
                ELSE ($5::text[])[1 + x.c % 50] || ' ' || ($6::text[])[1 + x.c / 50] END AS company
      FROM person x
  )
  SELECT nextval('leads_id_seq')::int AS id, n.i, n.h, n.received_at, n.first || ' ' || n.last AS name, n.company,
         lower(regexp_replace(n.first || '.' || n.last, '[^a-zA-Z.]', '', 'g')) || '.' || n.p || '@' ||
           CASE WHEN n.free AND NOT n.big THEN ($7::text[])[1 + n.p % array_length($7::text[], 1)]
                ELSE lower(regexp_replace(n.company, '[^a-zA-Z0-9]', '', 'g')) || '.example' END AS email,
         n.free AND NOT n.big AS free,
         CASE WHEN n.h < 6 THEN 'spam'
              WHEN n.received_at > now() - interval '3 days' OR n.h < 10 THEN 'new'
              WHEN n.h < 25 THEN 'contacted' WHEN n.h < 35 THEN 'qualified' WHEN n.h < 42 THEN 'proposal'
              WHEN n.h < 55 THEN 'won' ELSE 'lost' END AS status
    FROM named n`

const INSERT_LEADS = `
  INSERT INTO leads (id, reference, submission_id, name, email, company, role, cloud, timeline, message,
                     consent, consent_text, status, owner_id, received_at, first_response_at, spam, spam_reason,
                     sales_notification_state, sales_notification_attempts, sales_notification_sent_at,
                     confirmation_state, confirmation_attempts, confirmation_sent_at,
                     context_utm_source, context_referrer, context_decide_outcome, context_landing_path,
                     created_at, updated_at)
  SELECT id, 'PQ-P' || to_char(i, 'FM0000000'), 'preload-' || i, name, email, company,
         ($1::text[])[1 + i % array_length($1::text[], 1)],
         (($2::text[])[1 + i % array_length($2::text[], 1)])::enum_leads_cloud,
         (($3::text[])[1 + (i / 5) % array_length($3::text[], 1)])::enum_leads_timeline,
         ($4::text[])[1 + i % array_length($4::text[], 1)],
         true, 'I agree to be contacted about my enquiry.', status::enum_leads_status,
         CASE WHEN status IN ('new', 'spam') THEN NULL ELSE $5::int END, received_at,
         CASE WHEN status IN ('new', 'spam') THEN NULL ELSE received_at + (h % 20) * interval '1 hour' END,
         status = 'spam', CASE WHEN status = 'spam' THEN 'honeypot' END,
         (CASE WHEN status = 'spam' THEN 'skipped' ELSE 'sent' END)::enum_leads_sales_notification_state,
         CASE WHEN status = 'spam' THEN 0 ELSE 1 END,
         CASE WHEN status = 'spam' THEN NULL ELSE received_at + interval '1 minute' END,
         (CASE WHEN status = 'spam' THEN 'skipped' ELSE 'sent' END)::enum_leads_confirmation_state,
         CASE WHEN status = 'spam' THEN 0 ELSE 1 END,
         CASE WHEN status = 'spam' THEN NULL ELSE received_at + interval '1 minute' END,
         CASE WHEN h % 3 = 0 THEN 'linkedin' WHEN h % 3 = 1 THEN 'google' END,
         CASE WHEN i % 5 <> 0 THEN ($6::text[])[1 + (i / 5) % array_length($6::text[], 1)] END,
         CASE WHEN i % 4 <> 0 THEN ($7::text[])[1 + (i / 4) % array_length($7::text[], 1)] END,
         CASE WHEN h % 2 = 0 THEN '/' ELSE '/start-a-project' END,
         received_at, received_at
    FROM preload`

const INSERT_AREAS = `
  INSERT INTO leads_rels ("order", parent_id, path, service_areas_id)
  SELECT k, p.id, 'areas', ($1::int[])[1 + (p.i + k) % array_length($1::int[], 1)]
    FROM preload p, generate_series(1, 1 + p.i % 3) AS k`

/**
 * The status history the workflow writes (collections/Leads/hooks/trackWorkflow.ts): one row per move along the
 * pipeline up to the lead's status; a won or lost lead closes after 0–3 steps. The first move is at the first
 * response; later ones a day apart.
 */
const INSERT_ACTIVITY = `
  INSERT INTO leads_activity (_order, _parent_id, id, kind, "from", "to", by_id, at)
  SELECT k, s.id, 'preload-' || s.id || '-' || k, 'status', s.steps[k], s.steps[k + 1], $1::int,
         s.received_at + (s.h % 20) * interval '1 hour' + (k - 1) * interval '1 day'
    FROM (SELECT id, h, received_at,
                 CASE WHEN status IN ('won', 'lost')
                      THEN (ARRAY['new', 'contacted', 'qualified', 'proposal'])[1:1 + h % 4] || status
                      ELSE (ARRAY['new', 'contacted', 'qualified', 'proposal'])[1:array_position(
                             ARRAY['new', 'contacted', 'qualified', 'proposal'], status)]
                 END AS steps
            FROM preload WHERE status NOT IN ('new', 'spam')) s,
         generate_series(1, array_length(s.steps, 1) - 1) AS k`

/** What `linkDuplicates` links on arrival: same email at any time, same company domain within the window. */
const INSERT_DUPLICATES = `
  INSERT INTO leads_rels ("order", parent_id, path, leads_id)
  SELECT n, parent, 'duplicates', duplicate
    FROM (SELECT parent, duplicate,
                 row_number() OVER (PARTITION BY parent ORDER BY at DESC, duplicate DESC) AS n
            FROM (SELECT a.id AS parent, b.id AS duplicate, b.received_at AS at
                    FROM preload a JOIN preload b ON b.email = a.email AND b.received_at < a.received_at
                  UNION
                  SELECT a.id, b.id, b.received_at
                    FROM preload a JOIN preload b
                      ON b.domain = a.domain AND NOT a.free AND b.received_at < a.received_at
                     AND b.received_at >= a.received_at - $1::int * interval '1 day') pairs) ranked
   WHERE n <= 50`

export type PreloadResult = { leads: number; duplicateLinks: number; ms: number }

/** Inserts `count` leads into the database at `url` (empty or not) in one transaction. */
export async function preloadLeads(url: string, count: number): Promise<PreloadResult> {
  const started = performance.now()
  const client = new pg.Client({ connectionString: url, statement_timeout: 600_000 })
  await client.connect()
  try {
    const areas = (await client.query<{ id: number }>('SELECT id FROM service_areas ORDER BY id')).rows.map(
      (r) => r.id,
    )
    const sales = (
      await client.query<{ id: number }>(`SELECT id FROM users WHERE role = 'sales' ORDER BY id LIMIT 1`)
    ).rows[0]?.id
    await client.query('BEGIN')
    await client.query(STAGE, [
      count,
      Math.max(1, Math.floor(count * 0.9)),
      FIRST,
      LAST,
      COMPANY_PREFIX,
      COMPANY_SUFFIX,
      FREE_MAIL,
    ])
    await client.query(`ALTER TABLE preload ADD COLUMN domain text`)
    await client.query(`UPDATE preload SET domain = split_part(email, '@', 2)`)
    await client.query('CREATE INDEX ON preload (email, received_at)')
    await client.query('CREATE INDEX ON preload (domain, received_at)')
    await client.query('ANALYZE preload')
    await client.query(INSERT_LEADS, [ROLES, CLOUDS, TIMELINES, MESSAGES, sales ?? null, REFERRERS, OUTCOMES])
    if (areas.length) await client.query(INSERT_AREAS, [areas])
    await client.query(INSERT_ACTIVITY, [sales ?? null])
    const duplicates = await client.query(INSERT_DUPLICATES, [COMPANY_WINDOW_DAYS])
    await client.query('COMMIT')
    await client.query('VACUUM ANALYZE leads')
    await client.query('VACUUM ANALYZE leads_rels')
    await client.query('VACUUM ANALYZE leads_activity')
    return { leads: count, duplicateLinks: duplicates.rowCount ?? 0, ms: performance.now() - started }
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {})
    throw error
  } finally {
    await client.end()
  }
}
