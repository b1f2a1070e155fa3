import { eq } from '@payloadcms/db-postgres/drizzle'
import type { Payload } from 'payload'

import { leads, leads_rels, payload_jobs } from '@/payload-generated-schema'

import { postgres } from '../db/postgres'
import { arrivalJobs } from './arrival'

/** A lead row as Payload's schema stores it (`payload-generated-schema.ts`, generated from the collection). */
export type LeadRow = typeof leads.$inferInsert

export type Stored = { id: number; reference: string; duplicate: boolean }

/** The queue the arrival jobs go on: the one every runner drains as soon as it is told (lib/jobs/wake.ts). */
const QUEUE = 'default'

/**
 * Stores a new lead and queues its work in one transaction: the row, its service areas, and its jobs (duplicate
 * linking, the two emails) commit together or not at all, and the jobs' insert wakes every runner on commit.
 * A second submission with the same id stores nothing and gets the first one's reference.
 */
export async function storeLead(payload: Payload, row: LeadRow, areaIds: number[]): Promise<Stored> {
  const { drizzle } = postgres(payload)
  const stored = await drizzle.transaction(async (tx) => {
    const [lead] = await tx
      .insert(leads)
      .values(row)
      .onConflictDoNothing({ target: leads.submissionId })
      .returning({ id: leads.id, reference: leads.reference })
    if (!lead) return null
    if (areaIds.length) {
      await tx
        .insert(leads_rels)
        .values(areaIds.map((id, i) => ({ parent: lead.id, path: 'areas', order: i + 1, 'service-areasID': id })))
    }
    await tx
      .insert(payload_jobs)
      .values(arrivalJobs(lead.id, row.spam === true).map((job) => ({ taskSlug: job.task, input: job.input, queue: QUEUE })))
    return lead
  })
  if (stored) return { ...stored, duplicate: false }
  const [first] = await drizzle
    .select({ id: leads.id, reference: leads.reference })
    .from(leads)
    .where(eq(leads.submissionId, row.submissionId))
  if (!first) throw new Error('The submission was stored by another request that then rolled back; try again.')
  return { ...first, duplicate: true }
}
