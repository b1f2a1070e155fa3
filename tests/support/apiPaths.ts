import type { CollectionSlug, GlobalSlug, Payload } from 'payload'

import type { Role } from '@/lib/access/roles'
import type { User } from '@/payload-types'

import { sessionToken } from './api'
import { appUrl } from './context'
import { seededUser } from './triageLeads'

/** Who makes a request: nobody, or a signed-in user of a role with their session. */
export type Caller = {
  role: Role | 'anonymous'
  user: (User & { collection: 'users' }) | null
  token: string | null
}

/** What a request came back with, whichever path it took. */
export type Outcome = { ok: boolean; status: number; data: unknown; message: string }

export type Path = 'rest' | 'graphql' | 'local'

/** A session cookie for the development account of `role`, as a browser on our origin sends it. */
export async function sessionCookie(role: Role): Promise<string> {
  return `payload-token=${await sessionToken(role)}`
}

/** The seeded account of `role`, signed in. */
export async function signedInCaller(payload: Payload, role: Role): Promise<Caller> {
  const user = await seededUser(payload, role)
  return { role, user: { ...user, collection: 'users' }, token: await sessionToken(role) }
}

/**
 * Headers for a caller. Sales and admins send the session cookie the admin UI uses; marketing
 * sends `Authorization: JWT …`: both ways of carrying a session are exercised.
 */
export function authHeaders(caller: Caller): Record<string, string> {
  if (!caller.token) return {}
  if (caller.role === 'marketing') return { authorization: `JWT ${caller.token}` }
  // A browser sends its Origin with the cookie; Payload refuses a cookie from anywhere else.
  return { cookie: `payload-token=${caller.token}`, origin: new URL(appUrl('/')).origin }
}

export async function rest(caller: Caller, method: string, path: string, body?: unknown): Promise<Outcome> {
  const res = await fetch(appUrl(`/api${path}`), {
    method,
    headers: {
      ...authHeaders(caller),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await res.text()
  let data: unknown = text
  try {
    data = JSON.parse(text)
  } catch {
    // CSV and other non-JSON answers stay text
  }
  const message = (data as { errors?: { message: string }[] })?.errors?.[0]?.message ?? ''
  return { ok: res.ok, status: res.status, data, message }
}

type GraphQLAnswer = {
  data?: Record<string, unknown> | null
  errors?: { message: string; extensions?: { statusCode?: number } }[]
}

/** GraphQL always answers 200: the outcome's status is the first error's status code. */
export async function graphql(
  caller: Caller,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<Outcome> {
  const res = await fetch(appUrl('/api/graphql'), {
    method: 'POST',
    headers: { ...authHeaders(caller), 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  })
  const body = (await res.json()) as GraphQLAnswer
  const error = body.errors?.[0]
  return {
    ok: res.ok && !error,
    status: error ? (error.extensions?.statusCode ?? 500) : res.status,
    data: body.data,
    message: error?.message ?? '',
  }
}

/** The local API with the caller's access (`overrideAccess: false`). */
export async function local(run: () => Promise<unknown>): Promise<Outcome> {
  try {
    return { ok: true, status: 200, data: await run(), message: '' }
  } catch (error) {
    const e = error as { status?: number; message?: string }
    return { ok: false, status: e.status ?? 500, data: null, message: e.message ?? String(error) }
  }
}

export const asCaller = (caller: Caller) => ({
  user: caller.user ?? undefined,
  overrideAccess: false as const,
})

/** A document as stored, read with access overridden: what "the database did not change" compares. */
export async function stored(
  payload: Payload,
  collection: CollectionSlug,
  id: number | string,
): Promise<unknown> {
  const { docs } = await payload.find({
    collection,
    where: { id: { equals: id } },
    depth: 0,
    overrideAccess: true,
    draft: true,
  })
  return docs[0] ?? null
}

export async function storedCount(payload: Payload, collection: CollectionSlug): Promise<number> {
  return (await payload.count({ collection, overrideAccess: true })).totalDocs
}

export async function storedGlobal(payload: Payload, slug: GlobalSlug): Promise<unknown> {
  const doc = await payload.findGlobal({ slug, depth: 0, overrideAccess: true })
  if (!payload.config.globals.find((g) => g.slug === slug)?.versions) return { doc }
  const versions = await payload.db.findGlobalVersions({ global: slug, limit: 1, sort: '-updatedAt' })
  return { doc, latestVersion: versions.docs[0]?.id ?? null, versions: versions.totalDocs }
}
