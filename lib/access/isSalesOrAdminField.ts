import type { FieldAccess } from 'payload'

import { hasRole } from './roles'

/** Field-level: sales and admins (the lead fields sales work: status, owner, notes). */
export const isSalesOrAdminField: FieldAccess = ({ req }) => hasRole(req.user, 'admin', 'sales')
