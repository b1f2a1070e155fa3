import type { LeadStatus } from '@/lib/leads/options'

/** One colour per status, the same in every chart and legend. */
export const STATUS_COLOURS: Record<LeadStatus, string> = {
  new: '#2563eb',
  contacted: '#0891b2',
  qualified: '#7c3aed',
  proposal: '#d97706',
  won: '#16a34a',
  lost: '#6b7280',
  spam: '#dc2626',
}

export const BAR_COLOUR = '#2563eb'
export const SLA_COLOUR = '#dc2626'
