import { HIDDEN_CONTEXT_FIELDS } from './fields'
import type { LeadInput } from './schema'

const TEXT_FIELDS = [
  'name',
  'email',
  'company',
  'role',
  'cloud',
  'timeline',
  'message',
  'website',
  'submissionId',
] as const

/**
 * A posted form (or the form element's FormData in the browser) → the schema's input. Only
 * the form's own fields are read; everything else in the post is ignored. Used by the
 * server action (no-JS) and by the enhanced form before it sends JSON.
 */
export function inputFromForm(form: FormData): LeadInput {
  const out: Record<string, unknown> = {}
  const str = (key: string) => {
    const v = form.get(key)
    return typeof v === 'string' ? v : undefined
  }
  for (const key of [...TEXT_FIELDS, ...HIDDEN_CONTEXT_FIELDS]) {
    const v = str(key)
    if (
      v !== undefined &&
      !(v === '' && (key === 'submissionId' || HIDDEN_CONTEXT_FIELDS.includes(key as never)))
    )
      out[key] = v
  }
  out.areas = form.getAll('areas').filter((v): v is string => typeof v === 'string')
  out.consent = ['on', 'true', 'yes'].includes(str('consent') ?? '')
  const started = str('startedAt')
  if (started && /^\d{1,15}$/.test(started)) out.startedAt = Number(started)
  return out as LeadInput
}

/** What a no-JS form shows again after an error: the visitor's own text, as they typed it. */
export type FormValues = Partial<Record<string, string | string[] | boolean>>

export function valuesToEcho(form: FormData): FormValues {
  const input = inputFromForm(form) as Record<string, unknown>
  const out: FormValues = {}
  for (const [key, value] of Object.entries(input)) {
    if (typeof value === 'string') out[key] = value.slice(0, 20_000)
    else if (Array.isArray(value)) out[key] = value.map(String).slice(0, 20)
    else if (typeof value === 'boolean') out[key] = value
  }
  return out
}
