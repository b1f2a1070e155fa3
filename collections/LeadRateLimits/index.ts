import type { CollectionConfig } from 'payload'

import { isAdmin } from '@/lib/access/isAdmin'
import { nobody } from '@/lib/access/nobody'

/**
 * One counter per client (hashed IP) and window, so the per-IP limit on enquiries holds
 * across app instances. Written by `lib/leads/rateLimit.ts` with one atomic upsert.
 */
export const LeadRateLimits: CollectionConfig = {
  slug: 'lead-rate-limits',
  admin: { hidden: true },
  access: { read: isAdmin, create: nobody, update: nobody, delete: isAdmin },
  fields: [
    { name: 'key', type: 'text', required: true, unique: true },
    { name: 'windowStart', type: 'date', required: true },
    { name: 'count', type: 'number', required: true },
  ],
}
