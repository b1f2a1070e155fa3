import type { CollectionSlug, Payload, PayloadRequest, Where } from 'payload'

import { normaliseEmail } from './duplicates'
import { personalDataOf, type PersonalData } from './personalData'

export type ErasureResult = { email: string; leads: number; records: Record<string, number> }

/**
 * Erases one person on request: every lead sent with their email address (their notes and
 * history live inside the lead and go with it) and every record another collection declares
 * as theirs (`custom.personalData`, e.g. the email outbox). Runs in the caller's transaction.
 */
export async function erasePerson(
  payload: Payload,
  rawEmail: string,
  req?: PayloadRequest,
): Promise<ErasureResult> {
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
    const where = await exactly(payload, slug, personal, email, req)
    if (!where) {
      records[slug] = 0
      continue
    }
    const { docs: removed } = await payload.delete({
      collection: slug,
      where,
      overrideAccess: true,
      depth: 0,
      req,
    })
    records[slug] = removed.length
  }
  return { email, leads: ids.length, records }
}

/** True when one of the comma-separated addresses in `value` is `email` (already normalised). */
const holds = (value: unknown, email: string): boolean =>
  typeof value === 'string' && value.split(',').some((address) => normaliseEmail(address) === email)

/**
 * What to delete in one collection: the records whose declared fields hold exactly this
 * address (by id), or everything `whereEmail` matches when no fields are declared; null
 * when nothing is theirs.
 */
async function exactly(
  payload: Payload,
  slug: CollectionSlug,
  personal: PersonalData,
  email: string,
  req?: PayloadRequest,
): Promise<Where | null> {
  const fields = personal.emailFields
  if (!fields?.length) return personal.whereEmail(email)
  const { docs } = await payload.find({
    collection: slug,
    where: personal.whereEmail(email),
    select: Object.fromEntries(fields.map((f) => [f, true])),
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const ids = docs
    .filter((doc) => {
      const values = new Map<string, unknown>(Object.entries(doc))
      return fields.some((f) => holds(values.get(f), email))
    })
    .map((doc) => doc.id)
  return ids.length ? { id: { in: ids } } : null
}
