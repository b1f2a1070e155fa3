import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'

import { getPayloadClient } from '@/lib/payload/client'
import { canPreview } from '@/lib/preview/canPreview'
import { isPreviewSecret } from '@/lib/preview/secret'
import { sameOriginPath } from '@/lib/preview/url'

/**
 * Turns on draft mode for the editor making this request, then shows them `path` with
 * drafts. Needs both the preview secret (`?secret=`) and a signed-in editor's session;
 * draft mode lives in this browser's cookie only, so visitors keep the published site.
 */
export async function GET(request: Request): Promise<Response> {
  const url = new URL(request.url)
  if (!isPreviewSecret(url.searchParams.get('secret'))) {
    return Response.json({ error: 'This preview link is not valid.' }, { status: 401 })
  }
  const payload = await getPayloadClient()
  const { user } = await payload.auth({ headers: request.headers })
  if (!canPreview(user)) {
    return Response.json({ error: 'Sign in to the admin as an editor to preview drafts.' }, { status: 403 })
  }
  ;(await draftMode()).enable()
  redirect(sameOriginPath(url.searchParams.get('path'), url.origin))
}
