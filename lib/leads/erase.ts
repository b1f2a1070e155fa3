import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

import { normaliseEmail } from './duplicates'
import { personalDataOf } from './personalData'

export type ErasureResult = { email: string; leads: number; records: Record<string, number> }

/**
 * Erases one person on request: every lead sent with their email address (their notes and
 * history live inside the lead and go with it) and every record another collection declares
 * as theirs (`custom.personalData`, e.g. the email outbox). Runs in the caller's transaction.
 */
export async function erasePerson(payload: Payload, rawEmail: string, req?: PayloadRequest): Promise<ErasureResult> {
  const email = normaliseEmail(rawEmail)
  const { docs } = await payload.find({
    collection: 'leads',
    where: { email: { like: email } },
    select: { email: true },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const ids = docs.filter((lead) => normaliseEmail(lead.email) === email).map((lead) => lead.id)
  if (ids.length) {
    await payload.delete({ collection: 'leads', where: { id: { in: ids } }, overrideAccess: true, req })
  }

  const records: Record<string, number> = {}
  for (const collection of payload.config.collections) {
    const personal = personalDataOf(collection.custom)
    if (!personal) continue
    const slug = collection.slug as CollectionSlug
    const { docs: removed } = await payload.delete({
      collection: slug,
      where: personal.whereEmail(email),
      overrideAccess: true,
      depth: 0,
      req,
    })
    records[slug] = removed.length
  }
  return { email, leads: ids.length, records }
}
