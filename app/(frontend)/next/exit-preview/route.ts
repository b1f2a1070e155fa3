import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'

import { safeLocalPath } from '@/lib/preview/url'

/** Leaves draft mode: this browser sees the published site again. */
export async function GET(request: Request): Promise<Response> {
  ;(await draftMode()).disable()
  redirect(safeLocalPath(new URL(request.url).searchParams.get('path')))
}
