import type { MetadataRoute } from 'next'

import { loadHomeContent } from '@/lib/content/home'
import { siteUrl } from '@/lib/seo/siteUrl'

/** The site is one page; it last changed when its most recently updated content did. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const content = await loadHomeContent()
  const dates = Object.values(content)
    .flatMap((part): { updatedAt?: string | null }[] => (Array.isArray(part) ? part : [part]))
    .map((doc) => doc.updatedAt)
    .filter((date): date is string => Boolean(date))
    .sort()
  return [
    {
      url: `${siteUrl()}/`,
      lastModified: dates.at(-1),
      changeFrequency: 'weekly',
      priority: 1,
    },
  ]
}
