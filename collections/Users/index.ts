import type { CollectionConfig } from 'payload'

import { adminOrSelf } from '@/lib/access/adminOrSelf'
import { isAdmin, isAdminField } from '@/lib/access/isAdmin'
import { readUsers } from '@/lib/access/readUsers'
import { ROLES } from '@/lib/access/roles'
import { secureCookies } from '@/lib/env/mode'
import { forgiveSuccessfulLogin, throttleLogin } from '@/lib/security/loginThrottle'
import { equalLoginTiming } from '@/lib/security/loginTiming'

import { forgotPassword } from './forgotPassword'

/** Staff accounts. Only an admin creates users or changes anybody's role, their own included. */
export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: 'User', plural: 'Users' },
  auth: {
    tokenExpiration: 60 * 60 * 8,
    // No account lock: ten wrong passwords from anyone would lock the staff member out for
    // everyone. Failures are throttled per client address instead (lib/security/loginThrottle.ts).
    maxLoginAttempts: 0,
    forgotPassword,
    cookies: {
      sameSite: 'Lax',
      secure: secureCookies(),
    },
  },
  hooks: {
    beforeOperation: [throttleLogin, equalLoginTiming],
    afterLogin: [forgiveSuccessfulLogin],
  },
  admin: { useAsTitle: 'email', defaultColumns: ['email', 'name', 'role'], group: 'Admin' },
  access: {
    read: readUsers,
    create: isAdmin,
    update: adminOrSelf,
    delete: isAdmin,
    unlock: isAdmin,
  },
  fields: [
    { name: 'name', type: 'text' },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'marketing',
      saveToJWT: true,
      options: ROLES.map((role) => ({ value: role, label: role[0]!.toUpperCase() + role.slice(1) })),
      access: { create: isAdminField, update: isAdminField },
      admin: { position: 'sidebar' },
    },
  ],
}
