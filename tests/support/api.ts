import type { Role } from '@/lib/access/roles'
import { DEV_DEFAULTS } from '@/lib/env/seedUsers'

import { appUrl } from './context'

export type Credentials = { email: string; password: string }

/** Who signs in: the development account of a role (README: Development users), or an account of a test's own. */
const credentials = (who: Role | Credentials): Credentials =>
  typeof who === 'string' ? DEV_DEFAULTS[who] : who

/**
 * Signs in through the REST API, as the admin UI does, and returns the session's JWT: on the
 * test app, or on the server at `origin` (an instance with a database of its own).
 */
export async function sessionToken(who: Role | Credentials, origin?: string): Promise<string> {
  const { email, password } = credentials(who)
  const res = await fetch(origin ? new URL('/api/users/login', origin) : appUrl('/api/users/login'), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  const body = (await res.json().catch(() => ({}))) as { token?: string }
  if (!res.ok || !body.token) throw new Error(`Could not sign in as ${email}: ${res.status}`)
  return body.token
}

/** Signs in (see sessionToken) and returns the session as an `Authorization` header. */
export async function signIn(who: Role | Credentials, origin?: string): Promise<Record<string, string>> {
  return { authorization: `JWT ${await sessionToken(who, origin)}` }
}

export const MARKETING = DEV_DEFAULTS.marketing

export type GraphQLResult<T> = { data?: T | null; errors?: { message: string }[] }

/** Posts a GraphQL query to the app's /api/graphql, as the given session or anonymously. */
export async function graphql<T>(
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GraphQLResult<T>> {
  const res = await fetch(appUrl('/api/graphql'), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  })
  return (await res.json()) as GraphQLResult<T>
}
