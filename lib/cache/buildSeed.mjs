// @ts-check
/**
 * The pages `next build` prerendered, read from the build folder. Next writes them there
 * itself (`server/app/index.html`, `.rsc`, `.meta`, `.segments/`, or `.body` for a route
 * such as the sitemap) and never hands them to a cache handler: with a handler of our own,
 * a miss would render the page again on the first visit after every start. Reading them
 * here keeps the first visit a cache hit, like every other.
 *
 * Next 16 asks for a page under a key naming its route's owner, `/route-cache/<kind>/<hash>/$/index`;
 * the build writes the page under the part after `/$`, and records that key in its `.meta`
 * (`routeCache.key`). Only a file whose `.meta` names exactly the key asked for is used: an
 * unknown layout reads as a miss, and the page is rendered as it would be anyway.
 */
import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'

/** @typedef {{ lastModified: number, value: Record<string, unknown>, cacheControl?: unknown }} SeedEntry */

/**
 * @param {string} serverDistDir
 * @param {string} key
 * @param {{ kind?: string, isFallback?: boolean, isRoutePPREnabled?: boolean }} ctx
 * @returns {Promise<SeedEntry | null>}
 */
export async function readBuildSeed(serverDistDir, key, ctx) {
  if (ctx.kind !== 'APP_PAGE' && ctx.kind !== 'APP_ROUTE') return null
  const marker = key.indexOf('/$/')
  if (!key.startsWith('/route-cache/') || marker === -1) return null
  const root = path.join(serverDistDir, 'app')
  const base = path.join(root, key.slice(marker + 2))
  if (!base.startsWith(root + path.sep)) return null
  try {
    const meta = JSON.parse(await readFile(`${base}.meta`, 'utf8'))
    if (meta?.routeCache?.key !== key || Boolean(meta.routeCache.isFallback) !== Boolean(ctx.isFallback))
      return null
    if (ctx.kind === 'APP_ROUTE') {
      const file = `${base}.body`
      return {
        lastModified: (await stat(file)).mtimeMs,
        value: { kind: 'APP_ROUTE', body: await readFile(file), headers: meta.headers, status: meta.status },
        cacheControl: meta.cacheControl,
      }
    }
    const file = `${base}.html`
    const html = await readFile(file, 'utf8')
    /** @type {Map<string, Buffer> | undefined} */
    let segmentData
    if (Array.isArray(meta.segmentPaths)) {
      segmentData = new Map()
      for (const segmentPath of meta.segmentPaths) {
        // A segment that cannot be read is left out, as Next does: it is then fetched with the page.
        const data = await readFile(`${base}.segments${segmentPath}.segment.rsc`).catch(() => null)
        if (data) segmentData.set(segmentPath, data)
      }
    }
    const withRsc = !ctx.isFallback && (!ctx.isRoutePPREnabled || meta.postponed == null)
    return {
      lastModified: (await stat(file)).mtimeMs,
      value: {
        kind: 'APP_PAGE',
        html,
        rscData: withRsc ? await readFile(`${base}.rsc`) : undefined,
        postponed: meta.postponed,
        headers: meta.headers,
        status: meta.status,
        segmentData,
      },
      cacheControl: meta.cacheControl,
    }
  } catch {
    return null
  }
}
