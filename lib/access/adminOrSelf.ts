import type { Access } from 'payload'

import { hasRole } from './roles'

/** Admins reach every user; anyone else signed in reaches only their own account. */
export const adminOrSelf: Access = ({ req }) => {
  if (hasRole(req.user, 'admin')) return true
  if (req.user?.collection === 'users') return { id: { equals: req.user.id } }
  return false
}
