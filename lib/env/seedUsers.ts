import type { Role } from '../access/roles'

export type SeedUser = { role: Role; email: string; password: string }

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
export function seedUsersFromEnv(source: NodeJS.ProcessEnv = process.env): {
  users: SeedUser[]
  refused: Role[]
} {
  const production = source.NODE_ENV === 'production'
  const users: SeedUser[] = []
  const refused: Role[] = []
  for (const role of Object.keys(DEV_DEFAULTS) as Role[]) {
    const upper = role.toUpperCase()
    const email = source[`SEED_${upper}_EMAIL`]
    const password = source[`SEED_${upper}_PASSWORD`]
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
