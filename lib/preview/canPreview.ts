import type { TypedUser } from 'payload'

import { hasRole } from '../access/roles'

/**
 * Editors are the people who may preview drafts: those who write the content. Only they get
 * the preview link (it carries `PREVIEW_SECRET`) and only they may use it.
 */
export const canPreview = (user: TypedUser | null | undefined): user is TypedUser =>
  hasRole(user, 'admin', 'marketing')
