import { z } from 'zod'

// The public pages' CSP allows no eval, and the enhanced form parses with these schemas in the
// browser. Before building the first object schema (where zod probes for eval with a caught
// `new Function`, which Chromium still reports as a CSP violation), turn its compiled parsers off.
z.config({ jitless: true })

import { CLOUDS, TIMELINES, type Cloud, type Timeline } from './options'

import { stripInvisible } from '../email/escape'

import { isErrorCode, LIMITS, type FieldErrors } from './fields'

export { ERROR_CODES, HIDDEN_CONTEXT_FIELDS, LIMITS, VISIBLE_FIELDS } from './fields'
export type { FieldErrors, LeadErrorCode } from './fields'

// C0 controls except tab, LF and CR; DEL; C1 controls. NUL is among them.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/
// eslint-disable-next-line no-control-regex
const LINE_BREAK_OR_CONTROL = /[\u0000-\u001F\u007F-\u009F]/

const text = (max: number, opts: { required: boolean; multiline?: boolean }) => {
  const base = z
    .string({ error: 'type' })
    .max(max * 4, { error: 'tooLong' })
    // A browser posts a textarea's line breaks as CRLF: store them as LF. One-line fields
    // (name, company…) reach subject lines and headers: bidi and zero-width characters go.
    .transform((s) => (opts.multiline ? s.replace(/\r\n?/g, '\n') : stripInvisible(s)).trim())
    .refine((s) => s.length <= max, { error: 'tooLong' })
    .refine((s) => !(opts.multiline ? CONTROL : LINE_BREAK_OR_CONTROL).test(s), { error: 'controlChars' })
  return opts.required ? base.refine((s) => s.length > 0, { error: 'required', abort: true }) : base
}

/** Hidden context: optional single-line strings, cut to a sane length. */
const context = z
  .string({ error: 'type' })
  .max(LIMITS.context, { error: 'tooLong' })
  .refine((s) => !LINE_BREAK_OR_CONTROL.test(s), { error: 'controlChars' })
  .optional()

const cloudValues = CLOUDS.map((c) => c.value) as [Cloud, ...Cloud[]]
const timelineValues = TIMELINES.map((t) => t.value) as [Timeline, ...Timeline[]]

/** Empty strings from a form mean "not chosen". */
const optionalChoice = <T extends string>(values: [T, ...T[]]) =>
  z.preprocess((v) => (v === '' ? undefined : v), z.enum(values, { error: 'choice' }).optional())

/**
 * The one schema of a "Start a project" submission: react-hook-form validates with it in
 * the browser, the server validates again with it. Messages are error codes; the sentences
 * a visitor reads come from the CMS (`closing-cta` → form → errors).
 */
export const leadSchema = z
  .object({
    name: text(LIMITS.name, { required: true }),
    email: text(LIMITS.email, { required: true }).pipe(z.email({ error: 'email' })),
    company: text(LIMITS.company, { required: true }),
    role: text(LIMITS.role, { required: false }).optional(),
    areas: z
      .array(z.string({ error: 'type' }).regex(/^\d{1,9}$/, { error: 'choice' }), { error: 'type' })
      .max(20, { error: 'choice' })
      .optional(),
    cloud: optionalChoice(cloudValues),
    timeline: optionalChoice(timelineValues),
    message: text(LIMITS.message, { required: false, multiline: true }).optional(),
    consent: z.literal(true, { error: 'consent' }),
    submissionId: z
      .string({ error: 'type' })
      .regex(/^[A-Za-z0-9-]{8,64}$/, { error: 'type' })
      .optional(),
    startedAt: z.number({ error: 'type' }).int({ error: 'type' }).nonnegative({ error: 'type' }).optional(),
    /** The honeypot: people never see it, so it stays empty. */
    website: z.string({ error: 'type' }).max(500, { error: 'tooLong' }).optional(),
    utmSource: context,
    utmMedium: context,
    utmCampaign: context,
    utmTerm: context,
    utmContent: context,
    referrer: context,
    landingPath: context,
    decideOutcome: context,
  })
  .strict()

export type LeadInput = z.input<typeof leadSchema>
export type LeadSubmission = z.output<typeof leadSchema>
export type LeadField = keyof LeadInput

/** zod issues → the first error code per field (unknown keys are reported under their own name). */
export function fieldErrors(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {}
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) out[key.slice(0, 64)] ??= 'unknownField'
      continue
    }
    const field = String(issue.path[0] ?? '_form')
    out[field] ??= isErrorCode(issue.message) ? issue.message : 'type'
  }
  return out
}

/** The visible fields only, as react-hook-form holds them (a checkbox group may read `false`). */
export const visibleFieldsSchema = leadSchema
  .pick({
    name: true,
    email: true,
    company: true,
    role: true,
    cloud: true,
    timeline: true,
    message: true,
    consent: true,
  })
  .extend({
    // A checked checkbox with a value attribute reads as that value ("on") in react-hook-form.
    consent: z.preprocess((v) => v === true || v === 'on', leadSchema.shape.consent),
    areas: z.preprocess(
      (v) => (Array.isArray(v) ? v : typeof v === 'string' && v ? [v] : []),
      leadSchema.shape.areas,
    ),
  })
  .strip()
