import { eq, sql } from '@payloadcms/db-postgres/drizzle'
import type { Payload } from 'payload'

import { webhooks } from '@/payload-generated-schema'

import { postgres } from '../db/postgres'

/** An endpoint still failing this long after the first failure of its current streak is turned off. */
export const DISABLE_AFTER_HOURS = 24

/** A success ends the endpoint's failure streak. */
export async function recordSuccess(payload: Payload, webhookId: number): Promise<void> {
  await postgres(payload)
    .drizzle.update(webhooks)
    .set({ failingSince: null })
    .where(eq(webhooks.id, webhookId))
}

/**
 * A failure starts the streak (if none) and, when the streak began more than a day ago, disables the endpoint
 * with a reason the dashboard shows. One statement, so concurrent deliveries to one endpoint cannot lose it.
 * Returns whether the endpoint is now disabled.
 */
export async function recordFailure(payload: Payload, webhookId: number, error: string): Promise<boolean> {
  const expired = sql`(${webhooks.failingSince} IS NOT NULL AND ${webhooks.failingSince} < now() - make_interval(hours => ${DISABLE_AFTER_HOURS}))`
  const reason =
    `Failing since the first failure more than ${DISABLE_AFTER_HOURS} h ago; last error: ${error}`.slice(
      0,
      1000,
    )
  const [row] = await postgres(payload)
    .drizzle.update(webhooks)
    .set({
      failingSince: sql`COALESCE(${webhooks.failingSince}, now())`,
      active: sql`CASE WHEN ${expired} THEN false ELSE ${webhooks.active} END`,
      disabledAt: sql`CASE WHEN ${expired} AND ${webhooks.active} THEN now() ELSE ${webhooks.disabledAt} END`,
      disabledReason: sql`CASE WHEN ${expired} AND ${webhooks.active} THEN ${reason} ELSE ${webhooks.disabledReason} END`,
    })
    .where(eq(webhooks.id, webhookId))
    .returning({ active: webhooks.active })
  return row ? row.active === false : true
}
