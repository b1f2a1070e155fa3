import { timingSafeEqual } from 'node:crypto'

import { revalidateTag } from 'next/cache'

import { TAGS } from '@/lib/cache/tags'

const KNOWN = new Set<string>(Object.values(TAGS))

function authorised(header: string | null): boolean {
  const secret = process.env.REVALIDATE_SECRET
  if (!secret || !header?.startsWith('Bearer ')) return false
  const given = Buffer.from(header.slice(7))
  const expected = Buffer.from(secret)
  return given.length === expected.length && timingSafeEqual(given, expected)
}

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
  if (!tags?.length || !tags.every((t): t is string => typeof t === 'string' && KNOWN.has(t))) {
    return Response.json({ error: 'Send { "tags": [...] } with known cache tags.' }, { status: 400 })
  }
  for (const tag of tags) revalidateTag(tag, { expire: 0 })
  return Response.json({ revalidated: tags })
}
