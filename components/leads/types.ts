import type { ClosingCta } from '@/payload-types'

import type { ContextField, FieldErrors } from '@/lib/leads/fields'
import type { FormValues } from '@/lib/leads/formInput'
import type { LeadFormAction } from '@/lib/leads/formState'

import type { HiddenValues } from './hiddenContext'

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

/** The plain form's props: what it shows, and the server action it posts to (given by the page). */
export type PlainLeadFormProps = LeadFormProps & { action: LeadFormAction }

/** The field that had focus (and its selection) when the plain form was swapped for the enhanced one. */
export type FocusSpot = { id: string; start: number | null; end: number | null }

/** What the enhanced form takes over from the plain one. */
export type EnhancedProps = LeadFormProps & {
  hidden: HiddenValues
  values: FormValues
  focus: FocusSpot | null
  serverErrors: FieldErrors
  onSent: (reference: string) => void
}
