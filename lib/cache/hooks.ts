import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  GlobalAfterChangeHook,
  PayloadRequest,
} from 'payload'

import { revalidateTags } from './revalidate'

type Status = { _status?: 'draft' | 'published' | null }

/** The seed and bulk imports pass `context.disableRevalidate` so they do not revalidate per row. */
const skip = (context: Record<string, unknown>) => Boolean(context.disableRevalidate)

/** A saved draft changes nothing a visitor sees; publishing or unpublishing does. */
const touchesPublished = (doc: Status, previousDoc?: Status) =>
  doc._status === undefined || doc._status === 'published' || previousDoc?._status === 'published'

/** After a change to a collection's document or a global: its tag goes, unless only a draft changed. */
const afterPublishedChange =
  (tag: string) =>
  async <T extends Status>({
    doc,
    previousDoc,
    req,
  }: {
    doc: T
    previousDoc?: Status
    req: PayloadRequest
  }) => {
    if (!skip(req.context) && touchesPublished(doc, previousDoc)) await revalidateTags([tag])
    return doc
  }

export const revalidateCollectionAfterChange = (tag: string): CollectionAfterChangeHook =>
  afterPublishedChange(tag)

export const revalidateGlobalAfterChange = (tag: string): GlobalAfterChangeHook => afterPublishedChange(tag)

export const revalidateCollectionAfterDelete =
  (tag: string): CollectionAfterDeleteHook =>
  async ({ doc, req }) => {
    if (!skip(req.context)) await revalidateTags([tag])
    return doc
  }
