// @ts-check
/**
 * Cache entries as text, for Redis and for disk. Next's entries hold Buffers (a page's RSC
 * payload, a route's body) and a Map (a page's prefetch segments), which plain JSON would
 * turn into arrays of numbers or lose: they travel as base64 and as pairs.
 */

/** @param {string} _key @param {unknown} value @this {Record<string, unknown>} */
function replacer(_key, value) {
  const original = this[_key]
  if (Buffer.isBuffer(original) || original instanceof Uint8Array) {
    return { $buffer: Buffer.from(/** @type {Uint8Array} */ (original)).toString('base64') }
  }
  if (original instanceof Map) return { $map: [...original.entries()] }
  return value
}

/** @param {string} _key @param {unknown} value */
function reviver(_key, value) {
  if (value && typeof value === 'object') {
    if ('$buffer' in value && typeof value.$buffer === 'string') return Buffer.from(value.$buffer, 'base64')
    if ('$map' in value && Array.isArray(value.$map)) return new Map(value.$map)
  }
  return value
}

/** @param {unknown} entry @returns {string} */
export const encodeEntry = (entry) => JSON.stringify(entry, replacer)

/** @param {string} text @returns {unknown} */
export const decodeEntry = (text) => JSON.parse(text, reviver)

/**
 * Roughly how many bytes an entry holds in memory: its HTML, payloads and segments.
 * @param {{ value?: unknown } | null | undefined} entry
 */
export function entrySize(entry) {
  const value = /** @type {Record<string, unknown> | null | undefined} */ (entry?.value)
  if (!value) return 64
  let size = 256
  for (const part of Object.values(value)) {
    if (typeof part === 'string') size += part.length
    else if (Buffer.isBuffer(part)) size += part.length
    else if (part instanceof Map) for (const segment of part.values()) size += segment?.length ?? 0
    else if (part && typeof part === 'object') size += JSON.stringify(part).length
  }
  return size
}
