import http from 'node:http'
import { randomUUID } from 'node:crypto'
import pg from 'pg'
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 })
http.createServer(async (req, res) => {
  let body = ''; for await (const c of req) body += c
  const b = JSON.parse(body); const c = await pool.connect()
  try {
    await c.query('BEGIN')
    const { rows } = await c.query(`INSERT INTO leads (reference, submission_id, name, email, company, role, consent, received_at, status) VALUES ($1,$2,$3,$4,$5,$6,true,now(),'new') RETURNING id`, ['PQ-' + randomUUID().slice(0, 9), b.submissionId, b.name, b.email, b.company, b.role])
    await c.query(`INSERT INTO payload_jobs (input, task_slug, queue, completed_at) VALUES ($1,'sendLeadEmail','floor',now()),($2,'sendLeadEmail','floor',now())`, [{ leadId: rows[0].id, kind: 'sales' }, { leadId: rows[0].id, kind: 'confirmation' }])
    await c.query('COMMIT')
    res.writeHead(201, { 'content-type': 'application/json' }); res.end(JSON.stringify({ reference: 'x' }))
  } catch (e) { await c.query('ROLLBACK'); res.writeHead(500); res.end(String(e)) } finally { c.release() }
}).listen(4101)
