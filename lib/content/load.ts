import 'server-only'

import { unstable_cache } from 'next/cache'
import type { CollectionSlug, DataFromCollectionSlug, DataFromGlobalSlug, GlobalSlug } from 'payload'

import { collectionTag, globalTag } from '../cache/tags'
import { previewEditor } from '../preview/editor'
import { getPayloadClient } from '../payload/client'

/** The page-content collections: each is loaded (and cached under its own tag) by `loadCollection`. */
export type ContentCollection = Extract<
  CollectionSlug,
  | 'service-areas'
  | 'stack-rows'
  | 'patterns'
  | 'gates'
  | 'drift-thresholds'
  | 'engagement-phases'
  | 'shapes'
  | 'faqs'
>

/** Page globals (Payload's own `payload-jobs-stats` is not content). */
type ContentGlobal = Exclude<GlobalSlug, 'payload-jobs-stats'>

/**
 * The published documents of a content collection, in marketing's order, read with the
 * access rules of an anonymous visitor and cached under the collection's own tag.
 * An editor in draft mode gets the latest drafts instead, read with their own access, uncached.
 */
export async function loadCollection<S extends ContentCollection>(
  slug: S,
): Promise<DataFromCollectionSlug<S>[]> {
  const editor = await previewEditor()
  const read = async () => {
    const payload = await getPayloadClient()
    const result = await payload.find({
      collection: slug as CollectionSlug,
      overrideAccess: false,
      ...(editor ? { draft: true, user: editor } : { draft: false }),
      depth: 0,
      pagination: false,
      sort: '_order',
    })
    return result.docs as DataFromCollectionSlug<S>[]
  }
  if (editor) return read()
  return unstable_cache(read, ['collection', slug], { tags: [collectionTag(slug)] })()
}

/** The published version of a global, read as an anonymous visitor, cached under its tag (drafts in draft mode). */
export async function loadGlobal<S extends ContentGlobal>(slug: S): Promise<DataFromGlobalSlug<S>> {
  const editor = await previewEditor()
  const read = async () => {
    const payload = await getPayloadClient()
    return payload.findGlobal({
      slug,
      overrideAccess: false,
      ...(editor ? { draft: true, user: editor } : { draft: false }),
      depth: 1,
    })
  }
  if (editor) return read()
  return unstable_cache(read, ['global', slug], { tags: [globalTag(slug)] })()
}
