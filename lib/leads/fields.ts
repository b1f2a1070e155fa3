/**
 * The form's field names, without zod, so the light part of the form (rendered on every
 * page load) can use them without pulling in the schema library.
 */
export const VISIBLE_FIELDS = [
  'name',
  'email',
  'company',
  'role',
  'areas',
  'cloud',
  'timeline',
  'message',
  'consent',
] as const
export type VisibleField = (typeof VISIBLE_FIELDS)[number]

export const HIDDEN_CONTEXT_FIELDS = [
  'utmSource',
  'utmMedium',
  'utmCampaign',
  'utmTerm',
  'utmContent',
  'referrer',
  'landingPath',
  'decideOutcome',
] as const
export type ContextField = (typeof HIDDEN_CONTEXT_FIELDS)[number]

/** Query parameters of a landing URL → context fields. */
export const CONTEXT_QUERY: Partial<Record<ContextField, string>> = {
  utmSource: 'utm_source',
  utmMedium: 'utm_medium',
  utmCampaign: 'utm_campaign',
  utmTerm: 'utm_term',
  utmContent: 'utm_content',
  decideOutcome: 'outcome',
}

export const LIMITS = { name: 200, email: 254, company: 200, role: 200, message: 5000, context: 500 } as const

export const ERROR_CODES = [
  'required',
  'email',
  'tooLong',
  'controlChars',
  'choice',
  'consent',
  'unknownField',
  'type',
] as const
export type LeadErrorCode = (typeof ERROR_CODES)[number]

/** Whether a validation message is one of the error codes (zod and react-hook-form carry them as messages). */
export const isErrorCode = (message: unknown): message is LeadErrorCode =>
  typeof message === 'string' && (ERROR_CODES as readonly string[]).includes(message)
export type FieldErrors = Partial<Record<string, LeadErrorCode>>
