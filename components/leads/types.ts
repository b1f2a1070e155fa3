import type { ClosingCta } from '@/payload-types'

import type { ContextField } from '@/lib/leads/fields'

/** The form's words; the confirmation email's stay on the server (lib/leads/emails.ts). */
export type LeadFormCopy = Omit<ClosingCta['form'], 'confirmationEmail'>
export type Option = { value: string; label: string }

/** Everything the form needs from the server: words, choices, and where the visitor came from. */
export type LeadFormProps = {
  copy: LeadFormCopy
  areas: Option[]
  clouds: Option[]
  timelines: Option[]
  /** Context known when the page is rendered (query of /start-a-project); the browser adds the rest. */
  context?: Partial<Record<ContextField, string>>
  /** Render time, for the minimum fill time when JavaScript is off (dynamic pages only). */
  renderedAt?: number
  /** h3 under the section's h2 on the home page; h2 under the h1 of /start-a-project. */
  titleLevel?: 'h2' | 'h3'
}
