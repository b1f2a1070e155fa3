import type { GlobalConfig } from 'payload'

import { canEditContent } from '../access/canEditContent'
import { readPublishedOrStaff } from '../access/readPublishedOrStaff'
import { revalidateGlobalAfterChange } from '../cache/hooks'
import { globalTag } from '../cache/tags'
import { globalDraftsForStaffOnly } from './draftsForStaffOnly'

type ContentGlobalArgs = Omit<GlobalConfig, 'access' | 'versions'>

/** Page copy held in a global: same rules as content collections (drafts, roles, its own tag). */
export function contentGlobal({ hooks, admin, ...config }: ContentGlobalArgs): GlobalConfig {
  const tag = globalTag(config.slug)
  return {
    ...config,
    access: { read: readPublishedOrStaff, update: canEditContent, readVersions: canEditContent },
    admin: { group: 'Page content', ...admin },
    versions: {
      max: 25,
      drafts: { autosave: { interval: 1500, showSaveDraftButton: true }, schedulePublish: true },
    },
    hooks: {
      ...hooks,
      beforeOperation: [globalDraftsForStaffOnly, ...(hooks?.beforeOperation ?? [])],
      afterChange: [...(hooks?.afterChange ?? []), revalidateGlobalAfterChange(tag)],
    },
  }
}
