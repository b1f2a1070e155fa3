import { rmSync } from 'node:fs'
import path from 'node:path'

import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'
import { PHASE_PRODUCTION_BUILD } from 'next/constants'

import { isDevelopment } from './lib/env/mode'
import { deploymentId, nextDistDir, serverActionsKey } from './lib/env/next.mjs'
import { encryptionKeyProblem, isMultiInstance } from './lib/env/sharedSecrets.mjs'
import { securityHeaders } from './lib/security/headers'

// Tests and benchmarks build into their own folder so they never clobber the app's build.
const distDir = nextDistDir()

const nextConfig: NextConfig = {
  distDir,
  poweredByHeader: false,
  // Several instances of one build (README → Running several instances): the same id on each
  // lets a browser holding pages of an older build notice a newer one and reload, instead of
  // calling server actions or loading chunks that no longer exist. Unset for a lone `npm start`.
  deploymentId: deploymentId(),
  // Next hashes the whole HTML in JavaScript on every request to make an ETag: a tenth of the
  // server's CPU under load on the home page (CPU profile, bench/pages). Pages change on
  // publish and are small once gzipped; a 304 is not worth that on every visit.
  generateEtags: false,
  // Our cache handler: memory, Redis when REDIS_URL is set, and a CSP with the hashes of each
  // static page's inline scripts (see the file).
  cacheHandler: path.join(process.cwd(), 'lib/cache/pageCacheHandler.mjs'),
  headers: async () => securityHeaders({ dev: isDevelopment() }),
  reactStrictMode: true,
  experimental: {
    // Not inlined: an inlined stylesheet travels twice in every response (in a style tag and in
    // the RSC payload) and is gzipped on every request. bench/pages, quiet machine: inlined 177
    // req/s, as a cached file 220-231 req/s, with the same mobile score and LCP.
    inlineCss: false,
    // The enquiry form is the only server action; a full form is well under 40 kB.
    serverActions: { bodySizeLimit: '64kb' },
  },
}

export default function config(phase: string): NextConfig {
  if (phase === PHASE_PRODUCTION_BUILD) {
    // Next keeps its data cache across builds. A build must prerender what the database
    // holds now (after a migration, or against another database), not what an older build
    // cached: every build starts with an empty data cache. Pages kept by the cache handler are
    // filed under their build's id; an older build's are of no use to this one.
    rmSync(path.resolve(distDir, 'cache/fetch-cache'), { recursive: true, force: true })
    rmSync(path.resolve(distDir, 'cache/pages'), { recursive: true, force: true })
    // The server actions key is built in: with several instances, every build must carry the
    // one they all share, or a form rendered by one instance is refused by another.
    const key = serverActionsKey()
    const keyProblem = key
      ? encryptionKeyProblem(key)
      : isMultiInstance()
        ? 'REDIS_URL is set (several instances) but NEXT_SERVER_ACTIONS_ENCRYPTION_KEY is not: build with the key every instance shares.'
        : null
    if (keyProblem) throw new Error(keyProblem)
  }
  return withPayload(nextConfig, { devBundleServerPackages: false })
}
