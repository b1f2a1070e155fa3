import { CONTEXT_QUERY, HIDDEN_CONTEXT_FIELDS, type ContextField } from './fields'

/** The query of a /start-a-project URL → the form's hidden context (single strings, cut short). */
export function contextFromQuery(
  query: Record<string, string | string[] | undefined>,
): Partial<Record<ContextField, string>> {
  const out: Partial<Record<ContextField, string>> = {}
  for (const field of HIDDEN_CONTEXT_FIELDS) {
    const param = CONTEXT_QUERY[field]
    const raw = param ? query[param] : undefined
    const value = Array.isArray(raw) ? raw[0] : raw
    // eslint-disable-next-line no-control-regex
    if (value) out[field] = value.replace(/[\u0000-\u001F\u007F-\u009F]/g, '').slice(0, 500)
  }
  return out
}
