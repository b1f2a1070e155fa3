import type { MetadataRoute } from 'next'

import { siteUrl } from '@/lib/seo/siteUrl'

/** Crawlers read the public page; the admin, the API and the preview routes are not for them. */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: '*', allow: '/', disallow: ['/admin', '/api/', '/next/'] }],
    sitemap: `${siteUrl()}/sitemap.xml`,
    host: siteUrl(),
  }
}
