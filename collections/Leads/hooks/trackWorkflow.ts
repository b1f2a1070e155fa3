import { ValidationError, type CollectionBeforeChangeHook, type PayloadRequest } from 'payload'

import { allowedNext, canMove } from '@/lib/leads/workflow'
import type { Lead } from '@/payload-types'

import type { LeadStatus } from '@/lib/leads/options'

import { relationId } from './relationId'

type Activity = NonNullable<Lead['activity']>[number]

const actor = (req: PayloadRequest): number | null =>
  req.user?.collection === 'users' ? Number(req.user.id) : null

async function userLabel(req: PayloadRequest, id: number | null): Promise<string> {
  if (id === null) return ''
  const user = await req.payload.findByID({
    collection: 'users',
    id,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  return user ? user.name || user.email : `user ${id}`
}

/**
 * On every update: checks the status move against the workflow, records the first response
 * when a lead leaves `new`, checks the owner is a sales user, and appends who changed the
 * status or owner, and when, to the lead's activity history.
 */
export const trackWorkflow: CollectionBeforeChangeHook<Lead> = async ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  if (operation !== 'update' || !originalDoc) return data
  const now = new Date().toISOString()
  const by = actor(req)
  const added: Activity[] = []

  const from = originalDoc.status as LeadStatus
  const to = (data.status ?? from) as LeadStatus
  if (to !== from) {
    if (!canMove(from, to)) {
      throw new ValidationError({
        collection: 'leads',
        errors: [
          {
            path: 'status',
            message: `A ${from} lead cannot move to ${to}. From ${from} it can move to: ${allowedNext(from).join(', ')}.`,
          },
        ],
        req,
      })
    }
    added.push({ kind: 'status', from, to, by, at: now })
    if (from === 'new' && !originalDoc.firstResponseAt) data.firstResponseAt = now
    // A lead rescued from spam is genuine: the retention job must not delete it.
    if (from === 'spam') data.spam = false
  }

  if (data.owner !== undefined) {
    const before = relationId(originalDoc.owner)
    const after = relationId(data.owner)
    if (after !== before) {
      if (after !== null) {
        const owner = await req.payload.findByID({
          collection: 'users',
          id: after,
          depth: 0,
          overrideAccess: true,
          disableErrors: true,
          req,
        })
        if (!owner || owner.role !== 'sales') {
          throw new ValidationError({
            collection: 'leads',
            errors: [{ path: 'owner', message: 'The owner must be a member of the sales team.' }],
            req,
          })
        }
      }
      added.push({
        kind: 'owner',
        from: await userLabel(req, before),
        to: await userLabel(req, after),
        by,
        at: now,
      })
    }
  }

  if (added.length || data.activity !== undefined) {
    data.activity = [...(originalDoc.activity ?? []), ...added]
  }
  return data
}
