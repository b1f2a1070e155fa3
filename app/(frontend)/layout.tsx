import type { Metadata, Viewport } from 'next'
import { draftMode } from 'next/headers'
import type { ReactNode } from 'react'

import { SiteFooter } from '@/components/layout/SiteFooter'
import { SiteHeader } from '@/components/layout/SiteHeader'
import { PreviewBar } from '@/components/preview/PreviewBar'
import { loadGlobal } from '@/lib/content/load'
import { siteMetadata } from '@/lib/seo/metadata'

import { sans } from './fonts'
import './globals.css'

export async function generateMetadata(): Promise<Metadata> {
  return siteMetadata(await loadGlobal('site-settings'))
}

export const viewport: Viewport = { themeColor: '#0d1b1e', width: 'device-width', initialScale: 1 }

export default async function FrontendLayout({ children }: { children: ReactNode }) {
  const [header, footer, settings, draft] = await Promise.all([
    loadGlobal('header'),
    loadGlobal('footer'),
    loadGlobal('site-settings'),
    draftMode(),
  ])
  return (
    <html lang="en" className={sans.variable}>
      <body>
        <a className="skip-link" href="#main">
          {settings.skipLinkLabel}
        </a>
        {draft.isEnabled ? <PreviewBar settings={settings} /> : null}
        <SiteHeader header={header} settings={settings} />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter footer={footer} settings={settings} />
      </body>
    </html>
  )
}
