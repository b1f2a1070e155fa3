import {
  Forbidden,
  type CollectionBeforeChangeHook,
  type CollectionBeforeDeleteHook,
  type PayloadRequest,
} from 'payload'

import { hasRole } from './roles'

/** Collections only sales and admins work in. */
const SALES_COLLECTIONS = ['leads', 'exports']

/** May this user hold a lock on a document of `collection` (or on a global when undefined)? */
function mayLock(req: PayloadRequest, collection: string | undefined): boolean {
  if (hasRole(req.user, 'admin')) return true
  if (hasRole(req.user, 'sales')) return collection !== undefined && (SALES_COLLECTIONS.includes(collection) || collection === 'users')
  if (hasRole(req.user, 'marketing')) return collection === undefined || !SALES_COLLECTIONS.includes(collection)
  return false
}

type LockDoc = { document?: { relationTo?: string } | null; globalSlug?: string | null }
const targetOf = (lock: LockDoc | undefined) => lock?.document?.relationTo ?? undefined

/**
 * Payload lets any signed-in user create, take over or delete any document lock ("X is editing
 * this"). A marketing user could lock sales out of a lead. Each role may take, change and
 * release locks only on what it edits: sales on leads, marketing on content and globals.
 * Requests with access overridden (the admin's own lock handling runs as the user) pass
 * through the same check; server code without a user is not stopped.
 */
export const checkLockOnChange: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  if (!req.user) return data
  for (const lock of [originalDoc as LockDoc | undefined, data as LockDoc]) {
    if (!lock || (!lock.document && !lock.globalSlug)) continue
    if (!mayLock(req, targetOf(lock))) throw new Forbidden(req.t)
  }
  return data
}

export const checkLockOnDelete: CollectionBeforeDeleteHook = async ({ id, req }) => {
  if (!req.user) return
  const lock = (await req.payload.findByID({
    collection: 'payload-locked-documents',
    id,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })) as LockDoc | null
  if (lock && !mayLock(req, targetOf(lock))) throw new Forbidden(req.t)
}
