import type { SanitizedConfig } from 'payload'

import { hasRole } from './roles'

/**
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
  return config
}
