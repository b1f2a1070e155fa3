/**
 * The floor of lead intake: what `POST /start-a-project/submit` would cost with nothing but
 * Node's `http` and `pg` in the way. It reads the same JSON body, parses it, and in ONE
 * transaction inserts the lead (into the same `leads` table, with the columns Payload's schema
 * requires, and its service areas in `leads_rels`) and, for a lead that is not spam, the two
 * `sendLeadEmail` rows in `payload_jobs` that the app queues; then answers 201 with the
 * reference. No validation, no rate limit, no duplicate lookup: the app's figures are read
 * against this one.
 *
 * Started by bench/leads/run.ts as its own process, like the app: `PORT`, `DATABASE_URL`,
 * `DATABASE_POOL_SIZE` (the app's pool size, lib/env/server.ts) and the app's pool options
 * (lib/db/pool.ts).
 */
import http from 'node:http'

import pg from 'pg'

import { serverEnv } from '@/lib/env/server'
import { poolOptions } from '@/lib/db/pool'
import { newLeadReference } from '@/lib/leads/reference'
import { readBody } from '@/lib/http/readBody'

const env = serverEnv(process.env)
const pool = new pg.Pool({ connectionString: env.databaseUrl, max: env.databasePoolSize, ...poolOptions() })
pool.on('error', () => {}) // an idle connection Postgres ended: the pool replaces it

type Body = {
  submissionId?: unknown
  name?: unknown
  email?: unknown
  company?: unknown
  role?: unknown
  areas?: unknown
  cloud?: unknown
  timeline?: unknown
  message?: unknown
  website?: unknown
}

const isBody = (value: unknown): value is Body =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null)

const send = (res: http.ServerResponse, status: number, body: object) => {
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' })
  res.end(JSON.stringify(body))
}

const INSERT_LEAD = `
  INSERT INTO leads (reference, submission_id, name, email, company, role, cloud, timeline, message,
                     consent, consent_text, status, received_at, spam, spam_reason,
                     sales_notification_state, confirmation_state)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, true, 'I agree to be contacted about my enquiry.',
          $10, now(), $11, $12, $13, $14)
  RETURNING id`

async function store(body: Body): Promise<string> {
  const spam = text(body.website) !== null
  const reference = newLeadReference()
  const areas = Array.isArray(body.areas) ? body.areas.map(Number).filter(Number.isInteger) : []
  const client = await pool.connect()
  try {
    await client.query('BEGIN')
    const { rows } = await client.query<{ id: number }>(INSERT_LEAD, [
      reference,
      text(body.submissionId),
      text(body.name),
      text(body.email),
      text(body.company),
      text(body.role),
      text(body.cloud),
      text(body.timeline),
      text(body.message),
      spam ? 'spam' : 'new',
      spam,
      spam ? 'honeypot' : null,
      spam ? 'skipped' : 'pending',
      spam ? 'skipped' : 'pending',
    ])
    const leadId = rows[0]?.id
    if (leadId === undefined) throw new Error('The lead insert returned no id.')
    if (areas.length) {
      await client.query(
        `INSERT INTO leads_rels ("order", parent_id, path, service_areas_id)
         SELECT n, $1, 'areas', area FROM unnest($2::int[]) WITH ORDINALITY AS a(area, n)`,
        [leadId, areas],
      )
    }
    if (!spam) {
      await client.query(
        `INSERT INTO payload_jobs (input, task_slug, queue)
         VALUES (jsonb_build_object('leadId', $1::int, 'kind', 'sales'), 'sendLeadEmail', 'default'),
                (jsonb_build_object('leadId', $1::int, 'kind', 'confirmation'), 'sendLeadEmail', 'default')`,
        [leadId],
      )
    }
    await client.query('COMMIT')
    return reference
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {})
    throw error
  } finally {
    client.release()
  }
}

const server = http.createServer(async (req, res) => {
  if (req.method === 'GET' && req.url === '/') return send(res, 200, { floor: true })
  if (req.method !== 'POST' || req.url !== '/start-a-project/submit')
    return send(res, 404, { error: 'notFound' })
  let body: unknown
  try {
    body = JSON.parse(await readBody(req))
  } catch {
    return send(res, 400, { errors: { _form: 'type' } })
  }
  if (!isBody(body) || !text(body.submissionId)) return send(res, 400, { errors: { _form: 'type' } })
  try {
    const reference = await store(body)
    send(res, 201, { reference, submissionId: body.submissionId, duplicate: false })
  } catch (error) {
    console.error(`floor: lead not stored: ${(error as Error).message}`)
    send(res, 503, { error: 'unavailable' })
  }
})
server.keepAliveTimeout = 65_000
server.listen(Number(process.env.PORT || 3100), '127.0.0.1')

const stop = () => server.close(() => pool.end().then(() => process.exit(0)))
process.on('SIGTERM', stop)
process.on('SIGINT', stop)
