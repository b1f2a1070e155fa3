import type { Access } from 'payload'

import { hasRole } from './roles'

/**
 * Admins manage every account. Sales see the staff list (name, email, role) to assign owners
 * and read who wrote a note. Anyone else signed in sees only their own account.
 */
export const readUsers: Access = ({ req }) => {
  if (hasRole(req.user, 'admin', 'sales')) return true
  if (req.user?.collection === 'users') return { id: { equals: req.user.id } }
  return false
}
