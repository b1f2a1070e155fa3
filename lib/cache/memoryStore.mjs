// @ts-check
/**
 * This process's copies of cache entries, least recently used first out once they hold more
 * than `maxBytes` (Next's `cacheMaxMemorySize`, 50 MB by default). A cached page is served
 * from here; Redis or the disk are read only when a copy is missing.
 */
import { entrySize } from './entryCodec.mjs'

/** @template T @typedef {{ entry: T, size: number }} Slot */

/** @template {{ value?: unknown }} T */
export class MemoryStore {
  /** @param {number} maxBytes */
  constructor(maxBytes) {
    this.maxBytes = maxBytes
    this.bytes = 0
    /** @type {Map<string, Slot<T>>} */
    this.slots = new Map()
  }

  /** @param {string} key @returns {T | undefined} */
  get(key) {
    const slot = this.slots.get(key)
    if (!slot) return undefined
    // Map keeps insertion order: moving the key to the end makes the front the least recent.
    this.slots.delete(key)
    this.slots.set(key, slot)
    return slot.entry
  }

  /** @param {string} key @param {T} entry */
  set(key, entry) {
    this.delete(key)
    const size = entrySize(entry)
    if (size > this.maxBytes) return
    this.slots.set(key, { entry, size })
    this.bytes += size
    for (const [oldest, slot] of this.slots) {
      if (this.bytes <= this.maxBytes) break
      this.slots.delete(oldest)
      this.bytes -= slot.size
    }
  }

  /** @param {string} key */
  delete(key) {
    const slot = this.slots.get(key)
    if (!slot) return
    this.slots.delete(key)
    this.bytes -= slot.size
  }
}
