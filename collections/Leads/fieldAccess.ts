import type { Field, FieldAccess } from 'payload'

import { isAdminField } from '@/lib/access/isAdmin'
import { isSalesOrAdminField } from '@/lib/access/isSalesOrAdminField'
import { serverOnlyField } from '@/lib/access/serverOnlyField'
import { DUPLICATES_FIELD } from '@/lib/leads/duplicates'

/** What sales change on a lead: its status, its owner, and new notes. */
const SALES_EDITABLE = new Set(['status', 'owner', 'newNote'])
/** Set only by the server: what the prospect sent and what the workflow records. */
const SERVER_ONLY = new Set([
  'reference',
  'submissionId',
  'receivedAt',
  'firstResponseAt',
  'notes',
  'activity',
  DUPLICATES_FIELD,
  'ipHash',
  'userAgent',
  'consentText',
])
/** Admins only may read these (technical data about the visitor's connection). */
const ADMIN_READ = new Set(['ipHash', 'userAgent'])

function updateRule(name: string): FieldAccess {
  if (SALES_EDITABLE.has(name)) return isSalesOrAdminField
  if (SERVER_ONLY.has(name)) return serverOnlyField
  return isAdminField
}

/**
 * Field-level rules of the leads collection, applied to every named top-level field
 * (inside rows, collapsibles and unnamed tabs too): sales may change status, owner and notes only; admins the rest
 * except what the server alone writes; nobody but an admin reads connection details.
 * Fields added later fall under the admin-only default.
 */
export function withLeadFieldAccess(fields: Field[]): Field[] {
  return fields.map((field): Field => {
    if ('name' in field && field.name) {
      if (field.type === 'ui') return field
      return {
        ...field,
        access: {
          ...field.access,
          create: serverOnlyField,
          update: updateRule(field.name),
          ...(ADMIN_READ.has(field.name) ? { read: isAdminField } : {}),
        },
      } as Field
    }
    if (field.type === 'row' || field.type === 'collapsible') {
      return { ...field, fields: withLeadFieldAccess(field.fields) }
    }
    // Unnamed tabs only lay fields out: their fields are top-level fields of the lead. (A named tab
    // would nest its fields; they would still get rules, by their own names.)
    if (field.type === 'tabs') {
      return {
        ...field,
        tabs: field.tabs.map((tab) => ({ ...tab, fields: withLeadFieldAccess(tab.fields) })),
      }
    }
    return field
  })
}
