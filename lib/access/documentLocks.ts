import {
  Forbidden,
  type CollectionBeforeChangeHook,
  type CollectionBeforeDeleteHook,
  type CollectionSlug,
  type PayloadRequest,
  type Where,
} from 'payload'

type LockDoc = {
  document?: { relationTo?: string; value?: unknown } | null
  globalSlug?: string | null
}

/** The locked document's id: sent as a number, a numeric string or a populated document. */
const idOf = (value: unknown): number | undefined => {
  if (value && typeof value === 'object' && 'id' in value) return idOf(value.id)
  const id = typeof value === 'string' && value.trim() !== '' ? Number(value) : value
  return typeof id === 'number' && Number.isInteger(id) ? id : undefined
}

// Own keys only: `toString` is `in` every object.
const isCollectionSlug = (req: PayloadRequest, slug: string): slug is CollectionSlug =>
  Object.prototype.hasOwnProperty.call(req.payload.collections, slug)

/** Does an access result (true, false or a query) cover document `id` of `collection`? */
async function covers(req: PayloadRequest, collection: CollectionSlug, id: number, result: boolean | Where) {
  if (typeof result === 'boolean') return result
  const { totalDocs } = await req.payload.count({
    collection,
    where: { and: [{ id: { equals: id } }, result] },
    overrideAccess: true,
    req,
  })
  return totalDocs > 0
}

/**
 * May the requester hold this lock? Only if they may edit what it locks: the target's own
 * `update` rule decides (sales edit leads and their own account, marketing content, globals
 * and their own account). A global's rule that answers with a query is taken as a no: a
 * global has no document list to match it against here, and none of ours does so.
 */
async function mayLock(req: PayloadRequest, lock: LockDoc): Promise<boolean> {
  if (lock.globalSlug) {
    const global = req.payload.config.globals.find((g) => g.slug === lock.globalSlug)
    if (!global?.access.update) return false
    return (await global.access.update({ req })) === true
  }
  const slug = lock.document?.relationTo
  const id = idOf(lock.document?.value)
  if (!slug || id === undefined || !isCollectionSlug(req, slug)) return false
  const update = req.payload.collections[slug].config.access.update
  if (!update) return false
  return covers(req, slug, id, await update({ req, id }))
}

const locksSomething = (lock: LockDoc | null | undefined): lock is LockDoc =>
  Boolean(lock && (lock.document || lock.globalSlug))

/**
 * Payload lets any signed-in user create, take over or delete any document lock ("X is editing
 * this"), in anyone's name: sales could lock a lead in marketing's name, marketing could lock
 * user accounts. A lock is always its requester's (the `user` is set here, whatever was sent),
 * and each role may take, change and release locks only on what it may edit. Requests with
 * access overridden (the admin's own lock handling runs as the user) pass through the same
 * check; server code without a user is not stopped.
 */
export const checkLockOnChange: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  if (!req.user) return data
  for (const lock of [originalDoc as LockDoc | undefined, data as LockDoc]) {
    if (locksSomething(lock) && !(await mayLock(req, lock))) throw new Forbidden(req.t)
  }
  return { ...data, user: { relationTo: req.user.collection, value: req.user.id } }
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
  if (locksSomething(lock) && !(await mayLock(req, lock))) throw new Forbidden(req.t)
}
