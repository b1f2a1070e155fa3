import 'server-only'

import { cache } from 'react'
import { draftMode, headers } from 'next/headers'
import type { TypedUser } from 'payload'

import { hasRole } from '../access/roles'
import { getPayloadClient } from '../content/payload'

/** Editors are the people who may preview drafts: those who write the content. */
export const canPreview = (user: TypedUser | null | undefined): user is TypedUser =>
  hasRole(user, 'admin', 'marketing')

/**
 * The signed-in editor when this request is in draft mode, else null. Visitors (and the
 * static renders everyone shares) never reach `headers()`, so their pages stay static.
 * A draft-mode cookie that outlived the editor's session reads published content again.
 */
export const previewEditor = cache(async (): Promise<TypedUser | null> => {
  const { isEnabled } = await draftMode()
  if (!isEnabled) return null
  const payload = await getPayloadClient()
  const { user } = await payload.auth({ headers: await headers() })
  return canPreview(user) ? user : null
})
