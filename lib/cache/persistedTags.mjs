// @ts-check
/**
 * Next keeps tag expirations (`revalidateTag`) in memory only. A publish followed by a
 * restart before anyone visits would leave the old page and data on disk, served as fresh
 * after the restart; and the next `next build` would prerender from that stale data cache.
 * These helpers keep the expirations in `<distDir>/cache/revalidated-tags.json` and load
 * them back when the first cache handler of a process starts (server or build worker).
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import tagsManifestModule from 'next/dist/server/lib/incremental-cache/tags-manifest.external.js'

/** @typedef {{ stale?: number, expired?: number }} TagEntry */

/** @type {Map<string, TagEntry>} */
const tagsManifest = /** @type {{ tagsManifest: Map<string, TagEntry> }} */ (tagsManifestModule).tagsManifest

/** @param {string} serverDistDir */
export const tagsFile = (serverDistDir) => path.join(serverDistDir, '..', 'cache', 'revalidated-tags.json')

/** @param {string} file @returns {Record<string, TagEntry>} */
function read(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'))
  } catch {
    return {}
  }
}

/** Files already loaded by this process: Next builds a cache handler for every request. */
const loaded = new Set()

/**
 * Loads the saved expirations into Next's manifest, keeping whichever is later; once per
 * process, since this process's own expirations are in the manifest from then on.
 * @param {string} file
 */
export function loadTags(file) {
  if (loaded.has(file)) return
  loaded.add(file)
  for (const [tag, saved] of Object.entries(read(file))) {
    const current = tagsManifest.get(tag) ?? {}
    tagsManifest.set(tag, {
      stale: Math.max(current.stale ?? 0, saved.stale ?? 0) || undefined,
      expired: Math.max(current.expired ?? 0, saved.expired ?? 0) || undefined,
    })
  }
}

/** Saves the current expirations of `tags`. @param {string} file @param {string[]} tags */
export function saveTags(file, tags) {
  const saved = read(file)
  for (const tag of tags) {
    const entry = tagsManifest.get(tag)
    if (entry) saved[tag] = entry
  }
  mkdirSync(path.dirname(file), { recursive: true })
  const temporary = `${file}.${process.pid}.tmp`
  writeFileSync(temporary, JSON.stringify(saved))
  renameSync(temporary, file)
}
