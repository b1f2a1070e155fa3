// @ts-check
/**
 * The app's cache handler (`cacheHandler` in next.config.ts), written on Next's documented
 * interface only (`get`, `set`, `revalidateTag`, `resetRequestCache`). It holds Next's cached
 * pages, routes and data (`unstable_cache`):
 *
 * - in this process's memory, bounded (memoryStore.mjs): a cached page is served from here;
 * - with `REDIS_URL`, in Redis too (redisStore.mjs), with the time each tag was last
 *   revalidated: a publish on any instance is seen by every instance at its next request.
 *   Serving a copy from memory costs one HMGET of its tags' revalidation times, not a read
 *   of the page (bench/RESULTS.md);
 * - without Redis, pages re-rendered after a publish and tag revalidations are kept on disk
 *   (diskStore.mjs, tagExpiry.mjs), so a restart serves neither a stale page nor a render;
 * - pages `next build` prerendered are read from the build folder (buildSeed.mjs).
 *
 * Every static page it stores or loads gets a Content-Security-Policy listing the SHA-256 of
 * each inline script Next wrote into that very HTML. Next sends a cache entry's headers with
 * the page, so the policy always matches the HTML it travels with and nothing runs per request.
 *
 * Plain JavaScript because Next `import()`s the handler at run time (see next.config.ts).
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'

import { deploymentId, isBuildPhase } from '../env/next.mjs'
import { redisUrl } from '../env/redis.mjs'
import { inlineScriptHashes, publicPolicy } from '../security/csp.mjs'
import { readBuildSeed } from './buildSeed.mjs'
import { DiskStore } from './diskStore.mjs'
import { decodeEntry, encodeEntry } from './entryCodec.mjs'
import { MemoryStore } from './memoryStore.mjs'
import { RedisStore } from './redisStore.mjs'
import { lastRevalidation, loadTags, recordRevalidation, saveTags, tagsFile } from './tagExpiry.mjs'

/** @typedef {{ kind?: string, html?: unknown, headers?: Record<string, string | string[] | number | undefined>, tags?: string[] }} CachedValue */
/** @typedef {{ lastModified: number, value: CachedValue | null, cacheControl?: unknown, tags?: string[] }} Entry */
/** @typedef {{ serverDistDir?: string, maxMemoryCacheSize?: number }} HandlerContext */
/** @typedef {{ kind?: string, tags?: string[], softTags?: string[], isFallback?: boolean, isRoutePPREnabled?: boolean }} GetContext */
/** @typedef {{ fetchCache?: boolean, tags?: string[], cacheControl?: unknown }} SetContext */

const HEADER = 'content-security-policy'
const TAGS_HEADER = 'x-next-cache-tags'
const DEFAULT_MEMORY_BYTES = 50 * 1024 * 1024
const warned = new Set()

/**
 * Gives a cached page its policy. Keyed on what the entry carries (an HTML document), not on
 * Next's name for the kind of entry: Next documents the handler's methods, not the entries'
 * shape. Which inline scripts are Next's is decided in lib/security/csp.mjs; an upgrade that
 * writes them differently fails tests/headers.test.ts ("not of a shape … recognises").
 * @param {CachedValue | null | undefined} value
 */
function withPolicy(value) {
  if (!value || value.headers?.[HEADER]) return
  const html =
    typeof value.html === 'string'
      ? value.html
      : Buffer.isBuffer(value.html)
        ? value.html.toString('utf8')
        : null
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

/** The tags an entry depends on: a page's from its header, data's from its own and the request's. */
function tagsOf(/** @type {Entry} */ entry, /** @type {GetContext} */ ctx) {
  const header = entry.value?.headers?.[TAGS_HEADER]
  return [
    ...(typeof header === 'string' ? header.split(',') : []),
    ...(entry.tags ?? []),
    ...(ctx.tags ?? []),
    ...(ctx.softTags ?? []),
  ]
}

/** @param {string} distDir */
function buildIdOf(distDir) {
  try {
    return readFileSync(path.join(distDir, 'BUILD_ID'), 'utf8').trim() || null
  } catch {
    return null
  }
}

/** @param {string} url @param {string} namespace */
function connect(url, namespace) {
  try {
    return new RedisStore(url, namespace)
  } catch (error) {
    // A REDIS_URL the client cannot even parse: serve from memory rather than fail every request.
    console.error(
      `[cache] REDIS_URL is not usable (${/** @type {Error} */ (error).message}): the cache stays in memory`,
    )
    return null
  }
}

/**
 * One per process, made with the first handler: Next makes a handler for every request.
 * During `next build` only the memory is used: no build writes where the servers read.
 * @param {HandlerContext} ctx
 */
function createState(ctx) {
  const building = isBuildPhase()
  const serverDistDir = building ? undefined : ctx.serverDistDir
  const distDir = serverDistDir ? path.join(serverDistDir, '..') : null
  const buildId = distDir ? buildIdOf(distDir) : null
  const url = redisUrl()
  const namespace = [deploymentId(), buildId].filter(Boolean).join(':')
  const redis = url && buildId ? connect(url, namespace) : null
  const tags = !redis && distDir ? tagsFile(distDir) : null
  if (tags) loadTags(tags)
  return {
    memory: /** @type {MemoryStore<Entry>} */ (
      new MemoryStore(ctx.maxMemoryCacheSize || DEFAULT_MEMORY_BYTES)
    ),
    redis,
    disk: !redis && distDir && buildId ? new DiskStore(path.join(distDir, 'cache', 'pages', buildId)) : null,
    tagsFile: tags,
    serverDistDir,
  }
}

/** @type {ReturnType<typeof createState> | null} */
let state = null

export default class PageCacheHandler {
  /** @param {HandlerContext} ctx */
  constructor(ctx) {
    state ??= createState(ctx)
    this.state = state
  }

  /**
   * Whether nothing `entry` depends on was revalidated after it was stored. With Redis, what
   * any instance revalidated counts; while Redis cannot answer, only what this instance did,
   * and an entry this instance did not make itself (`ownCopy` false) is not trusted.
   * @param {Entry} entry @param {GetContext} ctx @param {boolean} ownCopy
   */
  async isCurrent(entry, ctx, ownCopy) {
    const tags = tagsOf(entry, ctx)
    let latest = lastRevalidation(tags)
    if (this.state.redis) {
      const shared = await this.state.redis.lastRevalidation(tags)
      if (shared === null && !ownCopy) return false
      latest = Math.max(latest, shared ?? 0)
    }
    return entry.lastModified > latest
  }

  /**
   * @param {string} key
   * @param {GetContext} ctx
   * @returns {Promise<Entry | null>}
   */
  async get(key, ctx) {
    const { memory } = this.state
    const copy = memory.get(key)
    if (copy) {
      if (await this.isCurrent(copy, ctx, true)) return copy
      memory.delete(key)
    }
    const found = await this.load(key, ctx)
    if (found) memory.set(key, found)
    return found
  }

  /**
   * An entry from the shared store (Redis, or the disk without it), else the build's own page.
   * @param {string} key @param {GetContext} ctx @returns {Promise<Entry | null>}
   */
  async load(key, ctx) {
    const { redis, disk, serverDistDir } = this.state
    const isPage = ctx.kind === 'APP_PAGE' || ctx.kind === 'APP_ROUTE'
    const text = redis ? await redis.getEntry(key) : null
    const stored = text
      ? /** @type {Entry} */ (decodeEntry(text))
      : disk && isPage
        ? /** @type {Entry | null} */ (await disk.get(key))
        : null
    if (stored && (await this.isCurrent(stored, ctx, false))) return stored
    if (!serverDistDir || !isPage) return null
    const seed = /** @type {Entry | null} */ (await readBuildSeed(serverDistDir, key, ctx))
    if (!seed) return null
    withPolicy(seed.value)
    return (await this.isCurrent(seed, ctx, false)) ? seed : null
  }

  /**
   * @param {string} key
   * @param {CachedValue | null} data
   * @param {SetContext} ctx
   */
  async set(key, data, ctx) {
    withPolicy(data)
    /** @type {Entry} */
    const entry = {
      lastModified: Date.now(),
      value: data,
      cacheControl: ctx.fetchCache ? undefined : ctx.cacheControl,
      tags: ctx.fetchCache ? ctx.tags : undefined,
    }
    const { memory, redis, disk } = this.state
    memory.set(key, entry)
    if (!data) return
    if (redis) await redis.setEntry(key, encodeEntry(entry))
    else if (disk && (data.kind === 'APP_PAGE' || data.kind === 'APP_ROUTE')) await disk.set(key, entry)
  }

  /**
   * Records when `tags` were revalidated: here, and in Redis for every instance (or on disk
   * without it, for after a restart).
   * @param {string | string[]} tags
   * @param {{ expire?: number }} [_durations] every revalidation counts as immediate (tagExpiry.mjs)
   */
  async revalidateTag(tags, _durations) {
    const list = typeof tags === 'string' ? [tags] : tags
    if (list.length === 0) return
    const now = Date.now()
    for (const tag of list) recordRevalidation(tag, now)
    const { redis, tagsFile: file } = this.state
    if (redis) await redis.recordRevalidation(list, now)
    else if (file) {
      try {
        saveTags(file, list)
      } catch (error) {
        console.warn(`[cache] could not save revalidated tags: ${/** @type {Error} */ (error).message}`)
      }
    }
  }

  resetRequestCache() {}
}
