import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'

import { SiteFooter } from '@/components/layout/SiteFooter'
import { SiteHeader } from '@/components/layout/SiteHeader'
import { loadGlobal } from '@/lib/content/load'

import { mono, sans } from './fonts'
import './globals.css'

export async function generateMetadata(): Promise<Metadata> {
  const settings = await loadGlobal('site-settings')
  return {
    metadataBase: new URL(process.env.NEXT_PUBLIC_SERVER_URL || 'http://localhost:3000'),
    title: settings.metaTitle,
    description: settings.metaDescription,
    alternates: { canonical: '/' },
  }
}

export const viewport: Viewport = { themeColor: '#0d1b1e', width: 'device-width', initialScale: 1 }

export default async function FrontendLayout({ children }: { children: ReactNode }) {
  const [header, footer, settings] = await Promise.all([
    loadGlobal('header'),
    loadGlobal('footer'),
    loadGlobal('site-settings'),
  ])
  return (
    <html lang="en" className={`${sans.variable} ${mono.variable}`}>
      <body>
        <a className="skip-link" href="#main">
          {settings.skipLinkLabel}
        </a>
        <SiteHeader header={header} settings={settings} />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter footer={footer} settings={settings} />
      </body>
    </html>
  )
}
