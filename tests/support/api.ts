import { appUrl } from './context'

/**
 * Signs in through the REST API and returns the `Authorization` header of that session: on the
 * test app, or on the server at `origin` (an instance with a database of its own).
 */
export async function signIn(
  email: string,
  password: string,
  origin?: string,
): Promise<Record<string, string>> {
  const res = await fetch(origin ? new URL('/api/users/login', origin) : appUrl('/api/users/login'), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  if (!res.ok) throw new Error(`Login as ${email} failed: ${res.status}`)
  const { token } = (await res.json()) as { token: string }
  return { authorization: `JWT ${token}` }
}

export const MARKETING = { email: 'marketing@paiteq.example', password: 'marketing-dev-password' }

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
