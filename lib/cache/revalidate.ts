import { revalidateTag } from 'next/cache'

import { revalidateBaseUrl, revalidateSecret } from '../env/secrets'

/**
 * Expires cache tags so the next visit renders fresh content.
 *
 * Inside the Next server (admin edits, REST, GraphQL, server actions) the tag is expired
 * directly. Anywhere else (a script, the job runner, a test process using the local API)
 * Next's cache is out of reach, so the running app is asked to do it through
 * `/api/revalidate`, authenticated with `REVALIDATE_SECRET`.
 */
export async function revalidateTags(tags: readonly string[]): Promise<void> {
  try {
    for (const tag of tags) revalidateTag(tag, { expire: 0 })
    return
  } catch {
    // Not inside a Next request: fall through to the HTTP route.
  }
  await revalidateOverHttp(tags)
}

async function revalidateOverHttp(tags: readonly string[]): Promise<void> {
  const base = revalidateBaseUrl()
  const secret = revalidateSecret()
  if (!base || !secret) return
  try {
    const res = await fetch(new URL('/next/revalidate', base), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
      body: JSON.stringify({ tags }),
      signal: AbortSignal.timeout(5000),
    })
    if (!res.ok) console.warn(`[revalidate] ${base} answered ${res.status} for ${tags.join(', ')}`)
  } catch (error) {
    // The app may simply not be running (a seed before first start): nothing is cached then.
    console.warn(`[revalidate] could not reach ${base}: ${(error as Error).message}`)
  }
}
