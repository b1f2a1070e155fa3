import type { FieldHook } from 'payload'

import { slugify } from '@/lib/text/slugify'

/** Keeps a stable anchor for deep links: set once from the question, editable afterwards. */
export const anchorFromQuestion: FieldHook = ({ value, data }) => {
  if (typeof value === 'string' && value.trim()) return slugify(value)
  return typeof data?.question === 'string' ? slugify(data.question) : value
}
