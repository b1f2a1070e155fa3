import type { Payload, PayloadRequest } from 'payload'

/** How long a lead flagged as spam is kept before the retention job deletes it. */
export const SPAM_RETENTION_DAYS = 30

/** Deletes leads flagged or filed as spam that arrived more than 30 days before `now`. */
export async function deleteOldSpam(payload: Payload, now: Date = new Date(), req?: PayloadRequest): Promise<number> {
  const before = new Date(now.getTime() - SPAM_RETENTION_DAYS * 86_400_000).toISOString()
  const { docs, errors } = await payload.delete({
    collection: 'leads',
    where: {
      and: [
        { receivedAt: { less_than: before } },
        { or: [{ spam: { equals: true } }, { status: { equals: 'spam' } }] },
      ],
    },
    depth: 0,
    overrideAccess: true,
    req,
  })
  if (errors.length) throw new Error(`Could not delete ${errors.length} spam lead(s): ${errors[0].message}`)
  return docs.length
}
