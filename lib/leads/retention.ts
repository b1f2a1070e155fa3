import { sql } from '@payloadcms/db-postgres/drizzle'
import type { Payload, PayloadRequest } from 'payload'

import { leads, leads_activity } from '@/payload-generated-schema'

import { columnsOf } from '../db/columns'
import { postgres } from '../db/postgres'

const lead = columnsOf(leads)
const activity = columnsOf(leads_activity)

/** How long a lead flagged as spam is kept before the retention job deletes it. */
export const SPAM_RETENTION_DAYS = 30

/**
 * The spam leads that became spam before `before`. A lead flagged on arrival (honeypot, too
 * fast) became spam when it was received; a lead sales filed as spam became spam at its last
 * move to `spam` in its activity history (written by the server on every status change, see
 * collections/Leads/hooks/trackWorkflow.ts), so an old lead filed today is kept 30 days more.
 */
async function spamSince(payload: Payload, before: string): Promise<number[]> {
  const { rows } = await postgres(payload).drizzle.execute<{ id: number }>(sql`
    SELECT l.${lead('id')} AS id FROM ${leads} l
    WHERE (l.${lead('spam')} OR l.${lead('status')} = 'spam')
      AND coalesce(
        (SELECT max(a.${activity('at')}) FROM ${leads_activity} a
         WHERE a.${activity('_parentID')} = l.${lead('id')} AND a.${activity('kind')} = 'status'
           AND a.${activity('to')} = 'spam'),
        l.${lead('receivedAt')}
      ) < ${before}::timestamptz`)
  return rows.map((r) => Number(r.id))
}

/** Deletes leads flagged or filed as spam more than 30 days before `now`. */
export async function deleteOldSpam(
  payload: Payload,
  now: Date = new Date(),
  req?: PayloadRequest,
): Promise<number> {
  const before = new Date(now.getTime() - SPAM_RETENTION_DAYS * 86_400_000).toISOString()
  const ids = await spamSince(payload, before)
  if (!ids.length) return 0
  const { docs, errors } = await payload.delete({
    collection: 'leads',
    // Checked again here: a lead rescued from spam since the lookup is not deleted.
    where: {
      and: [{ id: { in: ids } }, { or: [{ spam: { equals: true } }, { status: { equals: 'spam' } }] }],
    },
    depth: 0,
    overrideAccess: true,
    req,
  })
  if (errors.length) throw new Error(`Could not delete ${errors.length} spam lead(s): ${errors[0]!.message}`)
  return docs.length
}
