import type { CollectionConfig } from 'payload'

import { canEditContent } from '../access/canEditContent'
import { readPublishedOrStaff } from '../access/readPublishedOrStaff'
import { revalidateCollectionAfterChange, revalidateCollectionAfterDelete } from '../cache/hooks'
import { collectionTag } from '../cache/tags'
import { collectionDraftsForStaffOnly } from './draftsForStaffOnly'

type ContentCollectionArgs = Omit<CollectionConfig, 'access' | 'versions' | 'orderable'>

/**
 * The settings every piece of page content shares: marketing edits it, visitors read the
 * published version only, drafts autosave and can be scheduled, marketing orders the rows
 * by drag and drop, and each change revalidates the collection's own cache tag.
 */
export function contentCollection({ hooks, admin, ...config }: ContentCollectionArgs): CollectionConfig {
  const tag = collectionTag(config.slug)
  return {
    ...config,
    access: {
      read: readPublishedOrStaff,
      create: canEditContent,
      update: canEditContent,
      delete: canEditContent,
      readVersions: canEditContent,
    },
    admin: { group: 'Page content', defaultColumns: [], ...admin },
    orderable: true,
    defaultSort: '_order',
    versions: {
      maxPerDoc: 25,
      drafts: { autosave: { interval: 1500, showSaveDraftButton: true }, schedulePublish: true },
    },
    hooks: {
      ...hooks,
      beforeOperation: [collectionDraftsForStaffOnly, ...(hooks?.beforeOperation ?? [])],
      afterChange: [...(hooks?.afterChange ?? []), revalidateCollectionAfterChange(tag)],
      afterDelete: [...(hooks?.afterDelete ?? []), revalidateCollectionAfterDelete(tag)],
    },
  }
}
