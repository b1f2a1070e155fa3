// @ts-check
/**
 * Next's own file-system cache handler, plus one thing: every static page it stores or
 * loads gets a Content-Security-Policy header listing the SHA-256 of each inline script
 * Next wrote into that very HTML. Next sends the headers of a cache entry with the page,
 * so the policy always matches the HTML it travels with — at build time, after every tag
 * revalidation, and on a cache hit — and the page stays static: nothing runs per request.
 *
 * It also keeps tag expirations on disk, so a publish survives a restart (persistedTags.mjs).
 *
 * Plain JavaScript because Next `import()`s the handler at run time (see next.config.ts).
 */
import fileSystemCacheModule from 'next/dist/server/lib/incremental-cache/file-system-cache.js'

import { inlineScriptHashes, publicPolicy } from '../security/csp.mjs'
import { loadTags, saveTags, tagsFile } from './persistedTags.mjs'

/** @typedef {{ kind?: string, html?: unknown, headers?: Record<string, string | string[] | number | undefined> }} CachedValue */

/** @type {typeof import('next/dist/server/lib/incremental-cache/file-system-cache.js').default} */
const FileSystemCache =
  /** @type {{ default?: typeof import('next/dist/server/lib/incremental-cache/file-system-cache.js').default }} */ (
    fileSystemCacheModule
  ).default ?? /** @type {never} */ (fileSystemCacheModule)

const HEADER = 'content-security-policy'
const warned = new Set()

/** @param {CachedValue | null | undefined} value */
function withPolicy(value) {
  if (!value || value.kind !== 'APP_PAGE' || value.headers?.[HEADER]) return
  const html = typeof value.html === 'string' ? value.html : Buffer.isBuffer(value.html) ? value.html.toString('utf8') : null
  if (html === null) return
  const { hashes, unrecognised } = inlineScriptHashes(html)
  for (const text of unrecognised) {
    const key = text.slice(0, 80)
    if (warned.has(key)) continue
    warned.add(key)
    console.warn(`[csp] an inline script Next did not write is blocked: ${key}…`)
  }
  value.headers = value.headers ?? {}
  value.headers[HEADER] = publicPolicy({ scriptSources: hashes })
}

export default class CspCacheHandler extends FileSystemCache {
  /** @param {ConstructorParameters<typeof FileSystemCache>[0]} ctx */
  constructor(ctx) {
    super(ctx)
    this.tagsFile = ctx.serverDistDir ? tagsFile(ctx.serverDistDir) : null
    if (this.tagsFile) loadTags(this.tagsFile)
  }

  /** Next's tag expiry, also written to disk so it outlives a restart (see persistedTags.mjs). */
  /** @param {Parameters<InstanceType<typeof FileSystemCache>['revalidateTag']>} args */
  async revalidateTag(...args) {
    await super.revalidateTag(...args)
    const tags = typeof args[0] === 'string' ? [args[0]] : args[0]
    if (this.tagsFile) {
      try {
        saveTags(this.tagsFile, tags)
      } catch (error) {
        console.warn(`[cache] could not save revalidated tags: ${/** @type {Error} */ (error).message}`)
      }
    }
  }

  /** @param {Parameters<InstanceType<typeof FileSystemCache>['get']>} args */
  async get(...args) {
    const entry = await super.get(...args)
    withPolicy(/** @type {CachedValue | undefined} */ (entry?.value))
    return entry
  }

  /** @param {Parameters<InstanceType<typeof FileSystemCache>['set']>} args */
  async set(...args) {
    withPolicy(/** @type {CachedValue | null} */ (args[1]))
    return super.set(...args)
  }
}
