import type { Access } from 'payload'

import { hasRole } from './roles'

/**
 * Staff read everything, drafts included. Everyone else reads published documents only,
 * whatever they ask for (`?draft=true` included).
 */
export const readPublishedOrStaff: Access = ({ req }) => {
  if (hasRole(req.user, 'admin', 'marketing', 'sales')) return true
  return { _status: { equals: 'published' } }
}
