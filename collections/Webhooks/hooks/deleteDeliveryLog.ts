import type { CollectionBeforeDeleteHook } from 'payload'

/** An endpoint's delivery log goes with it (same transaction). */
export const deleteDeliveryLog: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.delete({
    collection: 'webhook-deliveries',
    where: { webhook: { equals: id } },
    overrideAccess: true,
    req,
  })
}
