import config from '@payload-config'
import { revalidateTag } from 'next/cache'

import { collectionTag, globalTag } from '@/lib/cache/tags'
import { revalidateSecret } from '@/lib/env/secrets'
import { sameSecret } from '@/lib/security/sameSecret'

/** Every tag a collection or global of the config can have. */
async function knownTags(): Promise<Set<string>> {
  const { collections, globals } = await config
  return new Set([...collections.map((c) => collectionTag(c.slug)), ...globals.map((g) => globalTag(g.slug))])
}

const authorised = (header: string | null): boolean =>
  header?.startsWith('Bearer ') === true && sameSecret(header.slice(7), revalidateSecret())

/**
 * Lets processes outside the Next server (scripts, the job runner) expire cache tags.
 * Body: `{ "tags": ["faqs"] }`, with `Authorization: Bearer $REVALIDATE_SECRET`.
 */
export async function POST(request: Request): Promise<Response> {
  if (!authorised(request.headers.get('authorization'))) {
    return Response.json({ error: 'Not authorised.' }, { status: 401 })
  }
  const body = (await request.json().catch(() => null)) as { tags?: unknown } | null
  const tags = Array.isArray(body?.tags) ? body.tags : null
  const known = await knownTags()
  if (!tags?.length || !tags.every((t): t is string => typeof t === 'string' && known.has(t))) {
    return Response.json({ error: 'Send { "tags": [...] } with known cache tags.' }, { status: 400 })
  }
  for (const tag of tags) revalidateTag(tag, { expire: 0 })
  return Response.json({ revalidated: tags })
}
