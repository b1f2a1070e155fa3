/** The choices a lead's fields take; shared by the collection (collections/Leads), the form schema, the emails and the form. */
export const LEAD_STATUSES = ['new', 'contacted', 'qualified', 'proposal', 'won', 'lost', 'spam'] as const
export type LeadStatus = (typeof LEAD_STATUSES)[number]

export const CLOUDS = [
  { value: 'aws', label: 'AWS' },
  { value: 'gcp', label: 'GCP' },
  { value: 'azure', label: 'Azure' },
  { value: 'on-prem', label: 'On-prem' },
  { value: 'mixed', label: 'Mixed' },
] as const
export type Cloud = (typeof CLOUDS)[number]['value']

export const TIMELINES = [
  { value: 'now', label: 'As soon as possible' },
  { value: '1-3-months', label: 'In 1–3 months' },
  { value: '3-6-months', label: 'In 3–6 months' },
  { value: 'exploring', label: 'Just exploring' },
] as const
export type Timeline = (typeof TIMELINES)[number]['value']

export const NOTIFICATION_STATES = ['pending', 'sent', 'failed', 'skipped'] as const
