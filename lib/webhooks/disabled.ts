import type { Payload } from 'payload'

/** Endpoints the queue turned off after a day of failures, newest first, for the admins' dashboard notice. */
export async function disabledWebhooks(payload: Payload) {
  const { docs } = await payload.find({
    collection: 'webhooks',
    where: { and: [{ active: { equals: false } }, { disabledAt: { exists: true } }] },
    sort: '-disabledAt',
    limit: 20,
    depth: 0,
    overrideAccess: true,
    select: { name: true, url: true, disabledAt: true, disabledReason: true },
  })
  return docs
}
