import type { Payload } from 'payload'

import type { Role } from '../access/roles'

type SeedUser = { role: Role; email: string; password: string }

/** The development accounts' emails and passwords (README: Development users). */
export const DEV_DEFAULTS: Record<Role, { email: string; password: string }> = {
  admin: { email: 'admin@paiteq.example', password: 'admin-dev-password' },
  marketing: { email: 'marketing@paiteq.example', password: 'marketing-dev-password' },
  sales: { email: 'sales@paiteq.example', password: 'sales-dev-password' },
}

/**
 * One user per role from SEED_<ROLE>_EMAIL / SEED_<ROLE>_PASSWORD. Outside production the
 * README's development defaults fill the gaps; in production a role without both variables
 * is refused, never created with a known password.
 */
export function seedUsersFromEnv(env: NodeJS.ProcessEnv = process.env): {
  users: SeedUser[]
  refused: Role[]
} {
  const production = env.NODE_ENV === 'production'
  const users: SeedUser[] = []
  const refused: Role[] = []
  for (const role of Object.keys(DEV_DEFAULTS) as Role[]) {
    const upper = role.toUpperCase()
    const email = env[`SEED_${upper}_EMAIL`]
    const password = env[`SEED_${upper}_PASSWORD`]
    if (email && password) users.push({ role, email, password })
    else if (production) refused.push(role)
    else
      users.push({
        role,
        email: email || DEV_DEFAULTS[role].email,
        password: password || DEV_DEFAULTS[role].password,
      })
  }
  return { users, refused }
}

/** Creates each user whose email is not taken yet; never changes an existing account. */
export async function seedUsers(payload: Payload, users: SeedUser[]): Promise<string[]> {
  const created: string[] = []
  for (const user of users) {
    const { totalDocs } = await payload.count({
      collection: 'users',
      where: { email: { equals: user.email } },
    })
    if (totalDocs) continue
    await payload.create({
      collection: 'users',
      data: {
        email: user.email,
        password: user.password,
        role: user.role,
        name: `${user.role[0]!.toUpperCase()}${user.role.slice(1)} (seed)`,
      },
    })
    created.push(user.email)
  }
  return created
}
