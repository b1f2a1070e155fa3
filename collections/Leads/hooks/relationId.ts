/** A relationship value as an id, whether it arrives as an id or as a populated document. */
export function relationId(value: unknown): number | null {
  if (value === null || value === undefined || value === '') return null
  if (typeof value === 'object' && 'id' in value) return relationId((value as { id: unknown }).id)
  const id = Number(value)
  return Number.isInteger(id) ? id : null
}
