import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'
import path from 'node:path'

import { securityHeaders } from './lib/security/headers'

const nextConfig: NextConfig = {
  // Tests and benchmarks build into their own folder so they never clobber the app's build.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  // Next's file-system cache, adding to each static page a CSP with its inline scripts' hashes.
  cacheHandler: path.join(process.cwd(), 'lib/cache/cspCacheHandler.mjs'),
  headers: async () => securityHeaders({ dev: process.env.NODE_ENV === 'development' }),
  reactStrictMode: true,
  experimental: {
    // The page's CSS is small: inlining it saves a render-blocking request on first paint.
    inlineCss: true,
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
