import { randomUUID } from 'node:crypto'

import type { Payload, RequiredDataFromCollectionSlug } from 'payload'

import type { Role } from '@/lib/access/roles'
import { postgres } from '@/lib/db/postgres'
import type { Lead, User } from '@/payload-types'

let counter = 0

/** Fields the collection stamps on arrival (`stampArrival`) and then protects from updates. */
const HISTORY_FIELDS = ['receivedAt', 'status', 'owner'] as const

/**
 * Creates a lead the way the submission path does: through the local API with access
 * overridden, so the collection's hooks stamp it on arrival (reference, received time, status
 * `new`, or `spam` when flagged). A test that needs a lead with a past (received hours ago,
 * filed as spam, owned) passes `receivedAt`, `status` or `owner`: they are written to the row
 * afterwards through the database adapter, bypassing the hooks, as if time had passed and
 * sales had worked the lead. No API call can set them, by design.
 */
export async function makeLead(payload: Payload, data: Partial<Lead> = {}): Promise<Lead> {
  counter += 1
  const tag = `${Date.now().toString(36)}${counter}`
  const areas = (await payload.find({ collection: 'service-areas', limit: 2, depth: 0 })).docs.map(
    (a) => a.id,
  )
  const lead = await payload.create({
    collection: 'leads',
    overrideAccess: true,
    data: {
      reference: `PQ-${tag.toUpperCase()}`,
      submissionId: randomUUID(),
      name: `Dana Ortiz ${tag}`,
      email: `dana.${tag}@northwind-${tag}.example`,
      company: `Northwind ${tag}`,
      role: 'Head of ML platform',
      areas,
      cloud: 'aws',
      timeline: '1-3-months',
      message: 'Our models drift and nobody notices until the quarterly review.',
      consent: true,
      consentText: 'I agree to be contacted about my enquiry.',
      receivedAt: new Date().toISOString(),
      ...data,
    } as RequiredDataFromCollectionSlug<'leads'>,
  })
  const history = Object.fromEntries(
    HISTORY_FIELDS.filter((f) => data[f] !== undefined).map((f) => [f, data[f]]),
  )
  if (!Object.keys(history).length) return lead
  await payload.db.updateOne({ collection: 'leads', id: lead.id, data: history })
  return payload.findByID({ collection: 'leads', id: lead.id, overrideAccess: true })
}

/** The seeded account of a role (one per role, from lib/seed/users). */
export async function seededUser(payload: Payload, role: Role): Promise<User> {
  const { docs } = await payload.find({
    collection: 'users',
    where: { role: { equals: role } },
    sort: 'createdAt',
    limit: 1,
    depth: 0,
  })
  if (!docs[0]) throw new Error(`No seeded ${role} user.`)
  return docs[0]
}

/** A second sales user, created once per run. */
export async function otherSalesUser(payload: Payload): Promise<User> {
  const email = 'sam.sales@paiteq.example'
  const found = await payload.find({ collection: 'users', where: { email: { equals: email } }, limit: 1 })
  if (found.docs[0]) return found.docs[0]
  return payload.create({
    collection: 'users',
    data: { email, password: 'sam-sales-password', role: 'sales', name: 'Sam Sales' },
  })
}

export const hoursAgo = (hours: number, now = Date.now()): string =>
  new Date(now - hours * 3_600_000).toISOString()

/**
 * A new lead is linked to its duplicates by a job queued with it. This runs that job (unless the app's runner,
 * woken by the same commit, already took it: claims are atomic), waits until it has finished, and returns the
 * lead as stored then.
 */
export async function withDuplicatesLinked(payload: Payload, lead: Lead): Promise<Lead> {
  const { pool } = postgres(payload)
  for (let waited = 0; waited < 10_000; waited += 50) {
    await payload.jobs.run({ queue: 'default', where: { taskSlug: { equals: 'linkLeadDuplicates' } } })
    const { rows } = await pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM payload_jobs
        WHERE task_slug = 'linkLeadDuplicates' AND (input->>'leadId')::int = $1 AND completed_at IS NULL`,
      [lead.id],
    )
    if (rows[0]?.n === 0)
      return payload.findByID({ collection: 'leads', id: lead.id, depth: 0, overrideAccess: true })
    await new Promise((r) => setTimeout(r, 50))
  }
  throw new Error(`The duplicate link of lead ${lead.id} did not finish within 10 s.`)
}
