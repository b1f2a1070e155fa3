import 'server-only'

import { cache } from 'react'
import { draftMode, headers } from 'next/headers'
import type { TypedUser } from 'payload'

import { getPayloadClient } from '../payload/client'
import { canPreview } from './canPreview'

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
