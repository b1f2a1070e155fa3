import type { MetadataRoute } from 'next'

import { loadHomeContent } from '@/lib/content/home'
import { loadGlobal } from '@/lib/content/load'
import { siteUrl } from '@/lib/seo/siteUrl'

/** The home page (last changed when its most recently updated content did) and /privacy. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [content, privacy] = await Promise.all([loadHomeContent(), loadGlobal('privacy-page')])
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
    {
      url: `${siteUrl()}/privacy`,
      lastModified: privacy.updatedAt ?? undefined,
      changeFrequency: 'yearly',
      priority: 0.2,
    },
  ]
}
