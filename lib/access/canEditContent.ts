import type { Access } from 'payload'

import { hasRole } from './roles'

/** Content (collections, globals, media) is written by admins and marketing only. */
export const canEditContent: Access = ({ req }) => hasRole(req.user, 'admin', 'marketing')
