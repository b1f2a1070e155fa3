// @ts-check
/**
 * Pages and routes rendered after the build, kept on disk when there is no Redis, so a page
 * re-rendered after a publish is still served from the cache after a restart. One folder per
 * build (`<distDir>/cache/pages/<build id>/`): a new build never serves an older build's HTML,
 * whose scripts it no longer has. Data entries stay in memory: a restart reads them again.
 */
import { createHash } from 'node:crypto'
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import path from 'node:path'

import { decodeEntry, encodeEntry } from './entryCodec.mjs'

export class DiskStore {
  /** @param {string} folder */
  constructor(folder) {
    this.folder = folder
  }

  /** @param {string} key */
  file(key) {
    return path.join(this.folder, `${createHash('sha256').update(key).digest('hex')}.json`)
  }

  /** @param {string} key @returns {Promise<unknown>} */
  async get(key) {
    try {
      return decodeEntry(await readFile(this.file(key), 'utf8'))
    } catch {
      return null
    }
  }

  /** @param {string} key @param {unknown} entry */
  async set(key, entry) {
    const file = this.file(key)
    const temporary = `${file}.${process.pid}.tmp`
    try {
      await mkdir(this.folder, { recursive: true })
      await writeFile(temporary, encodeEntry(entry))
      await rename(temporary, file)
    } catch (error) {
      console.warn(`[cache] could not keep a page on disk: ${/** @type {Error} */ (error).message}`)
    }
  }
}
