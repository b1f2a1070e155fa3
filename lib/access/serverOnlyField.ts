import type { FieldAccess } from 'payload'

/**
 * Field-level: nobody writes this field through the API or the admin, admins included; only
 * server code (hooks, and the local API with access overridden) sets it.
 */
export const serverOnlyField: FieldAccess = () => false
