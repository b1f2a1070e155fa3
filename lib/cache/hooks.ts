import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, GlobalAfterChangeHook } from 'payload'

import type { CacheTag } from './tags'
import { revalidateTags } from './revalidate'

type Status = { _status?: 'draft' | 'published' | null }

/** The seed and bulk imports pass `context.disableRevalidate` so they do not revalidate per row. */
const skip = (context: Record<string, unknown>) => Boolean(context.disableRevalidate)

/** A saved draft changes nothing a visitor sees; publishing or unpublishing does. */
const touchesPublished = (doc: Status, previousDoc?: Status) =>
  doc._status === undefined || doc._status === 'published' || previousDoc?._status === 'published'

export const revalidateCollectionAfterChange =
  (tag: CacheTag): CollectionAfterChangeHook =>
  async ({ doc, previousDoc, req }) => {
    if (!skip(req.context) && touchesPublished(doc as Status, previousDoc as Status)) {
      await revalidateTags([tag])
    }
    return doc
  }

export const revalidateCollectionAfterDelete =
  (tag: CacheTag): CollectionAfterDeleteHook =>
  async ({ doc, req }) => {
    if (!skip(req.context)) await revalidateTags([tag])
    return doc
  }

export const revalidateGlobalAfterChange =
  (tag: CacheTag): GlobalAfterChangeHook =>
  async ({ doc, previousDoc, req }) => {
    if (!skip(req.context) && touchesPublished(doc as Status, previousDoc as Status)) {
      await revalidateTags([tag])
    }
    return doc
  }
