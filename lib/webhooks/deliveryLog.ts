import type { Payload } from 'payload'

/** How many attempts the log keeps per endpoint. */
export const DELIVERY_LOG_SIZE = 50

export type Attempt = {
  webhook: number
  event: string
  messageId: string
  attempt: number
  status: number
  ok: boolean
  error?: string
  durationMs: number
}

/** Records one attempt in the endpoint's delivery log and drops its entries beyond the newest 50. */
export async function logAttempt(payload: Payload, attempt: Attempt): Promise<void> {
  await payload.create({
    collection: 'webhook-deliveries',
    data: { ...attempt, error: attempt.error?.slice(0, 1000), at: new Date().toISOString() },
    overrideAccess: true,
  })
  const { docs } = await payload.find({
    collection: 'webhook-deliveries',
    where: { webhook: { equals: attempt.webhook } },
    sort: '-id',
    limit: 1,
    page: DELIVERY_LOG_SIZE + 1,
    depth: 0,
    overrideAccess: true,
    select: {},
  })
  const [oldestDropped] = docs
  if (oldestDropped)
    await payload.delete({
      collection: 'webhook-deliveries',
      where: {
        and: [{ webhook: { equals: attempt.webhook } }, { id: { less_than_equal: oldestDropped.id } }],
      },
      overrideAccess: true,
    })
}
