import type { FormValues } from './formInput'
import type { FieldErrors } from './fields'

/** What the server action hands back to the form (rendered by the server when JS is off). */
export type LeadFormState = {
  status: 'idle' | 'sent' | 'invalid' | 'rateLimited' | 'unavailable'
  errors: FieldErrors
  values: FormValues
  reference?: string
  /** Kept between a failed and a corrected send, so a repeat never makes a second lead. */
  submissionId?: string
}

/** The server action the form posts to (the app's `submitLeadAction`, handed down as a prop). */
export type LeadFormAction = (previous: LeadFormState, form: FormData) => Promise<LeadFormState>

export const initialLeadFormState: LeadFormState = { status: 'idle', errors: {}, values: {} }
