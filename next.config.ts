import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

const nextConfig: NextConfig = {
  // Tests and benchmarks build into their own folder so they never clobber the app's build.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  reactStrictMode: true,
  experimental: {
    // The page's CSS is small: inlining it saves a render-blocking request on first paint.
    inlineCss: true,
    // The enquiry form is the only server action; a full form is well under 40 kB.
    serverActions: { bodySizeLimit: '64kb' },
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
