import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import net from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { describe, expect, it, vi } from 'vitest'

import { inlineScriptHashes } from '@/lib/security/csp.mjs'

import { parsePolicy } from './support/csp'

type Handler = InstanceType<typeof import('@/lib/cache/pageCacheHandler.mjs').default>

const PAGE_KEY = '/route-cache/APP_PAGE/0123abcd/$/index'
const flight = 'self.__next_f.push([1,"0:{\\"a\\":1}\\n"])'
const html = (text: string) =>
  `<html><body><script>(self.__next_f=self.__next_f||[]).push([0])</script><script>${flight}</script><p>${text}</p></body></html>`
const page = (text: string) => ({
  kind: 'APP_PAGE',
  html: html(text),
  rscData: Buffer.from(`rsc ${text}`),
  segmentData: new Map([['/_tree', Buffer.from('tree')]]),
  headers: { 'x-next-cache-tags': '_N_T_/,faqs' } as Record<string, string>,
  status: 200,
})

/** A build folder as `next build` leaves it: BUILD_ID, and the home page it prerendered. */
function buildFolder(prerendered: string) {
  const dist = mkdtempSync(path.join(tmpdir(), 'page-cache-'))
  writeFileSync(path.join(dist, 'BUILD_ID'), 'build-1')
  const app = path.join(dist, 'server', 'app')
  mkdirSync(path.join(app, 'index.segments'), { recursive: true })
  writeFileSync(path.join(app, 'index.html'), html(prerendered))
  writeFileSync(path.join(app, 'index.rsc'), 'rsc')
  writeFileSync(path.join(app, 'index.segments', '_tree.segment.rsc'), 'tree')
  writeFileSync(
    path.join(app, 'index.meta'),
    JSON.stringify({
      headers: { 'x-next-cache-tags': '_N_T_/,faqs' },
      segmentPaths: ['/_tree'],
      routeCache: { key: PAGE_KEY, owner: { kind: 'APP_PAGE', sourceRoute: '/page' }, isFallback: false },
    }),
  )
  return path.join(dist, 'server')
}

/** A process's handler, fresh as after a (re)start: its module state is loaded anew. */
async function startProcess(serverDistDir: string): Promise<Handler> {
  vi.resetModules()
  const { default: PageCacheHandler } = await import('@/lib/cache/pageCacheHandler.mjs')
  return new PageCacheHandler({ serverDistDir })
}

const getPage = (handler: Handler) => handler.get(PAGE_KEY, { kind: 'APP_PAGE' })
const textOf = (entry: { value: { html?: unknown } | null } | null) =>
  String(entry?.value?.html ?? '').match(/<p>(.*)<\/p>/)?.[1]

describe('the page cache without Redis', () => {
  it('serves the page the build prerendered, with a CSP holding its inline scripts’ hashes', async () => {
    const handler = await startProcess(buildFolder('built'))
    const entry = await getPage(handler)
    expect(textOf(entry)).toBe('built')
    const policy = (entry?.value?.headers as Record<string, string>)['content-security-policy']!
    const scriptSrc = parsePolicy(policy).get('script-src')
    expect(scriptSrc).toEqual(["'self'", ...inlineScriptHashes(html('built')).hashes])
    expect(scriptSrc).toHaveLength(3)
  })

  it('after a publish and a restart, serves neither the old page nor a render: the new one, from disk', async () => {
    const dist = buildFolder('built')
    let handler = await startProcess(dist)
    expect(textOf(await getPage(handler))).toBe('built')
    await handler.revalidateTag('faqs', { expire: 0 })
    expect(await getPage(handler)).toBeNull()

    // A restart before anyone visits: the prerendered page is still out of date.
    handler = await startProcess(dist)
    expect(await getPage(handler)).toBeNull()

    // The page rendered afresh is what the next restart serves, with its own CSP.
    await new Promise((r) => setTimeout(r, 2))
    const fresh = page('after the publish')
    await handler.set(PAGE_KEY, fresh as never, { cacheControl: { revalidate: false } } as never)
    expect(parsePolicy(fresh.headers['content-security-policy']!).get('script-src')).toHaveLength(3)
    handler = await startProcess(dist)
    const entry = await getPage(handler)
    expect(textOf(entry)).toBe('after the publish')
    expect(Buffer.isBuffer(entry?.value && (entry.value as { rscData?: unknown }).rscData)).toBe(true)
    expect(
      (entry?.value as { segmentData?: Map<string, Buffer> }).segmentData?.get('/_tree')?.toString(),
    ).toBe('tree')
  })

  it('data cached under a tag is dropped once the tag is revalidated', async () => {
    const handler = await startProcess(buildFolder('built'))
    const data = { kind: 'FETCH', data: { body: '[1]', headers: {}, url: '' }, revalidate: false }
    await handler.set('k', data as never, { fetchCache: true, tags: ['gates'] } as never)
    expect(await handler.get('k', { kind: 'FETCH', tags: ['gates'] })).not.toBeNull()
    await new Promise((r) => setTimeout(r, 2))
    await handler.revalidateTag(['gates'])
    expect(await handler.get('k', { kind: 'FETCH', tags: ['gates'] })).toBeNull()
  })
})

describe('the page cache with a Redis that does not answer', () => {
  it('never hangs a request: its own copies are served, the rest rendered, and it says so once', async () => {
    // A server that accepts connections and never answers, like a Redis stuck or cut off mid-way.
    const sockets = new Set<net.Socket>()
    const silent = net.createServer((socket) => void sockets.add(socket))
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r))
    const { port } = silent.address() as net.AddressInfo
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    process.env.REDIS_URL = `redis://127.0.0.1:${port}/6`
    try {
      const handler = await startProcess(buildFolder('built'))
      const started = Date.now()
      // The build's page cannot be checked against revalidations elsewhere: a miss, so it is rendered.
      expect(await getPage(handler)).toBeNull()
      const own = page('rendered here')
      await handler.set(PAGE_KEY, own as never, {} as never)
      expect(textOf(await getPage(handler))).toBe('rendered here')
      await handler.revalidateTag('faqs')
      expect(await getPage(handler)).toBeNull()
      expect(Date.now() - started).toBeLessThan(3000)
      const outages = warn.mock.calls.filter(([line]) => String(line).includes('is not answering'))
      expect(outages).toHaveLength(1)
    } finally {
      delete process.env.REDIS_URL
      warn.mockRestore()
      for (const socket of sockets) socket.destroy()
      silent.close()
    }
  })
})

describe('which inline scripts get a hash', () => {
  it('hashes the RSC payload, its initialiser and the Turbopack chunk list, nothing else', () => {
    const html = [
      '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
      '<script>self.__next_f.push([1,"payload"])</script>',
      '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":[]});</script>',
      '<script>alert(document.cookie)</script>',
      '<script>self.__next_f.push([1,"x"]);alert(1)//)</script>',
      '<script>self.__next_f.push(alert(1))</script>',
      '<script type="application/ld+json">{"@type":"FAQPage"}</script>',
      '<script src="/_next/static/chunks/a.js" async=""></script>',
    ].join('')
    const { hashes, unrecognised } = inlineScriptHashes(html)
    expect(hashes).toHaveLength(3)
    expect(unrecognised).toEqual([
      'alert(document.cookie)',
      'self.__next_f.push([1,"x"]);alert(1)//)',
      'self.__next_f.push(alert(1))',
    ])
  })
})
