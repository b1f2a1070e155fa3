import type { CollectionBeforeChangeHook } from 'payload'

import type { Lead } from '@/payload-types'

/** Set once on arrival or kept by the mailer: no update through the API or the admin changes them. */
const SYSTEM_FIELDS = [
  'reference',
  'submissionId',
  'receivedAt',
  'ipHash',
  'userAgent',
  'consentText',
  'salesNotification',
  'confirmation',
] as const

export const protectSystemFields: CollectionBeforeChangeHook<Lead> = ({ data, operation, originalDoc }) => {
  if (operation !== 'update' || !originalDoc) return data
  const kept: Partial<Lead> = { ...data }
  for (const field of SYSTEM_FIELDS) (kept as Record<string, unknown>)[field] = originalDoc[field]
  return kept
}
