import type { Metadata } from 'next'

import type { SiteSetting } from '@/payload-types'

import { siteUrl } from './siteUrl'

/**
 * The page's metadata from the site settings: title, description, canonical URL and the
 * Open Graph / Twitter cards. The sharing image comes from `opengraph-image.tsx`, which
 * serves the uploaded image or draws one from the hero.
 */
export function siteMetadata(settings: SiteSetting): Metadata {
  const title = settings.meta?.title ?? settings.siteName
  const description = settings.meta?.description ?? undefined
  return {
    metadataBase: new URL(siteUrl()),
    title,
    description,
    applicationName: settings.siteName,
    alternates: { canonical: '/' },
    openGraph: { type: 'website', url: '/', siteName: settings.siteName, title, description, locale: 'en' },
    twitter: { card: 'summary_large_image', title, description },
    robots: { index: true, follow: true },
  }
}
