import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import tagsManifestModule from 'next/dist/server/lib/incremental-cache/tags-manifest.external.js'
import { describe, expect, it, vi } from 'vitest'

import CspCacheHandler from '@/lib/cache/cspCacheHandler.mjs'
import { inlineScriptHashes } from '@/lib/security/csp.mjs'

import { parsePolicy } from './support/csp'

const { tagsManifest } = tagsManifestModule as unknown as { tagsManifest: Map<string, { expired?: number }> }

const handlerIn = (serverDistDir: string) =>
  new CspCacheHandler({ serverDistDir, revalidatedTags: [], _requestHeaders: {} } as never)

describe('the cache handler', () => {
  it('keeps a tag expiry across a restart', async () => {
    const dist = path.join(mkdtempSync(path.join(tmpdir(), 'csp-cache-')), 'server')
    await handlerIn(dist).revalidateTag('faqs', { expire: 0 })
    const expired = tagsManifest.get('faqs')?.expired
    expect(expired).toBeGreaterThan(0)
    const saved = JSON.parse(readFileSync(path.join(dist, '..', 'cache', 'revalidated-tags.json'), 'utf8'))
    expect(saved.faqs.expired).toBe(expired)

    // Within one process the file is read once: later handlers (one per request) leave it alone.
    tagsManifest.delete('faqs')
    handlerIn(dist)
    expect(tagsManifest.get('faqs')).toBeUndefined()

    // A restart: Next's in-memory manifest is empty and the handler's module is loaded afresh.
    vi.resetModules()
    const { default: Restarted } = await import('@/lib/cache/cspCacheHandler.mjs')
    new Restarted({ serverDistDir: dist, revalidatedTags: [], _requestHeaders: {} } as never)
    expect(tagsManifest.get('faqs')?.expired).toBe(expired)
  })

  it('adds a CSP with the hashes of Next’s own inline scripts to a page it stores', async () => {
    const dist = path.join(mkdtempSync(path.join(tmpdir(), 'csp-cache-')), 'server')
    const flight = 'self.__next_f.push([1,"0:{\\"a\\":1}\\n"])'
    const value = {
      kind: 'APP_PAGE',
      html: `<html><body><script>(self.__next_f=self.__next_f||[]).push([0])</script><script>${flight}</script></body></html>`,
      headers: {} as Record<string, string>,
    }
    await handlerIn(dist)
      .set('/', value as never, {} as never)
      .catch(() => undefined /* writing to the empty dist folder is not what is tested */)
    const scriptSrc = parsePolicy(value.headers['content-security-policy']).get('script-src')
    expect(scriptSrc).toEqual(["'self'", ...inlineScriptHashes(value.html).hashes])
    expect(scriptSrc).toHaveLength(3)
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
