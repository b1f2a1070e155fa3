// @ts-check
/**
 * When each cache tag was last revalidated, as this process knows it. An entry stored before
 * one of its tags was revalidated is out of date. Without Redis this is the only record, so
 * it is kept on disk (`<distDir>/cache/revalidated-tags.json`) and loaded when the first
 * cache handler of a process starts: a publish followed by a restart before anyone visits
 * must not bring the old page back.
 *
 * One time per tag, the moment of the revalidation. Next's `revalidateTag(tag, profile)` may
 * ask for the old entry to be served a while longer (stale-while-revalidate); this record
 * treats every revalidation as immediate, which can only show content sooner.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/** Every entry stored before this time is out of date, whatever its tags (see redisStore.mjs). */
export const ALL_TAGS = '*'

/** @type {Map<string, number>} */
const revalidatedAt = new Map()

/** @param {string} tag @param {number} time keeps the later of the two */
export function recordRevalidation(tag, time) {
  if (time > (revalidatedAt.get(tag) ?? 0)) revalidatedAt.set(tag, time)
}

/**
 * The latest revalidation among `tags` (and of all tags), as known here.
 * @param {readonly string[]} tags
 */
export function lastRevalidation(tags) {
  let latest = revalidatedAt.get(ALL_TAGS) ?? 0
  for (const tag of tags) latest = Math.max(latest, revalidatedAt.get(tag) ?? 0)
  return latest
}

/** @param {string} distDir */
export const tagsFile = (distDir) => path.join(distDir, 'cache', 'revalidated-tags.json')

/** @param {string} file @returns {Record<string, unknown>} */
function read(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'))
  } catch {
    return {}
  }
}

/** A saved time: a number, or the `{ stale, expired }` an earlier version of this file held. */
const timeOf = (/** @type {unknown} */ saved) =>
  typeof saved === 'number'
    ? saved
    : saved && typeof saved === 'object'
      ? Math.max(
          Number(/** @type {{ stale?: unknown }} */ (saved).stale) || 0,
          Number(/** @type {{ expired?: unknown }} */ (saved).expired) || 0,
        )
      : 0

/** Files already loaded by this process: Next builds a cache handler for every request. */
const loaded = new Set()

/** Loads the saved revalidations, once per process and file. @param {string} file */
export function loadTags(file) {
  if (loaded.has(file)) return
  loaded.add(file)
  for (const [tag, saved] of Object.entries(read(file))) recordRevalidation(tag, timeOf(saved))
}

/** Saves the current revalidation times of `tags`. @param {string} file @param {readonly string[]} tags */
export function saveTags(file, tags) {
  const saved = read(file)
  for (const tag of tags) {
    const time = revalidatedAt.get(tag)
    if (time) saved[tag] = Math.max(time, timeOf(saved[tag]))
  }
  mkdirSync(path.dirname(file), { recursive: true })
  const temporary = `${file}.${process.pid}.tmp`
  writeFileSync(temporary, JSON.stringify(saved))
  renameSync(temporary, file)
}
