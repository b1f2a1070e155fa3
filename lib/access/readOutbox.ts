import type { Access } from 'payload'

import { ACCOUNT_EMAIL_KIND } from '../email/types'
import { hasRole } from './roles'

/**
 * The development outbox: admins read all of it; sales read the lead emails but not account
 * emails, whose password-reset links would let them sign in as someone else.
 */
export const readOutbox: Access = ({ req }) => {
  if (hasRole(req.user, 'admin')) return true
  if (hasRole(req.user, 'sales'))
    return { or: [{ kind: { not_equals: ACCOUNT_EMAIL_KIND } }, { kind: { exists: false } }] }
  return false
}
