import type { Access } from 'payload'

import { hasRole } from './roles'

/** Leads are for sales and admins only. */
export const isSalesOrAdmin: Access = ({ req }) => hasRole(req.user, 'admin', 'sales')
