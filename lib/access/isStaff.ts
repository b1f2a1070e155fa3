import type { Access } from 'payload'

import { hasRole } from './roles'

export const isStaff: Access = ({ req }) => hasRole(req.user, 'admin', 'marketing', 'sales')
