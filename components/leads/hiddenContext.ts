import { CONTEXT_QUERY, HIDDEN_CONTEXT_FIELDS, type ContextField } from '@/lib/leads/fields'

export type HiddenValues = Partial<Record<ContextField | 'submissionId' | 'startedAt', string>>

/** In the browser: where the visitor came from, a fresh submission id and the start time. */
export function browserContext(known: HiddenValues): HiddenValues {
  const params = new URLSearchParams(window.location.search)
  const out: HiddenValues = { ...known }
  for (const field of HIDDEN_CONTEXT_FIELDS) {
    const param = CONTEXT_QUERY[field]
    const value = param ? params.get(param) : null
    if (value) out[field] = value.slice(0, 500)
  }
  out.referrer ||= document.referrer.slice(0, 500) || undefined
  out.landingPath ||= window.location.pathname.slice(0, 500)
  out.submissionId ||= crypto.randomUUID()
  out.startedAt = String(Date.now())
  return out
}
