import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'

import { sameOriginPath } from '@/lib/preview/url'

/** Leaves draft mode: this browser sees the published site again. */
export async function GET(request: Request): Promise<Response> {
  ;(await draftMode()).disable()
  const url = new URL(request.url)
  redirect(sameOriginPath(url.searchParams.get('path'), url.origin))
}
