import type { SanitizedConfig } from 'payload'

import { checkLockOnChange, checkLockOnDelete } from './documentLocks'
import { hasRole } from './roles'

/**
 * Payload's own entities come with Payload's default access (any signed-in user); narrowed
 * here, once Payload has added them. Document locks: see `documentLocks.ts`.
 *
 * Payload adds `payload-jobs-stats` (the job scheduler's bookkeeping) with its default
 * access: any signed-in user could read and overwrite it. Only admins may read it; only the
 * scheduler (with access overridden) writes it.
 */
export function lockSystemGlobals(config: SanitizedConfig): SanitizedConfig {
  for (const global of config.globals) {
    if (global.slug !== 'payload-jobs-stats') continue
    global.access = {
      ...global.access,
      read: ({ req }) => hasRole(req.user, 'admin'),
      update: () => false,
      readVersions: () => false,
    }
  }
  const locks = config.collections.find((c) => c.slug === 'payload-locked-documents')
  if (locks) {
    locks.hooks.beforeChange = [checkLockOnChange, ...(locks.hooks.beforeChange ?? [])]
    locks.hooks.beforeDelete = [checkLockOnDelete, ...(locks.hooks.beforeDelete ?? [])]
  }
  return config
}
