import Link from 'next/link'

import type { Header, SiteSetting } from '@/payload-types'

import { siteLink } from '@/lib/links/siteLink'

/** The sticky header: the practice's name, the in-page navigation and the call to action. */
export function SiteHeader({ header, settings }: { header: Header; settings: SiteSetting }) {
  return (
    <header className="site-header">
      <div className="container site-header__inner">
        <Link className="brand" href="/">
          <span className="brand__mark" aria-hidden="true" />
          {settings.siteName}
        </Link>
        <nav aria-label={header.navLabel} className="site-nav">
          <ul>
            {header.links?.map((link) => (
              <li key={link.id ?? link.href}>
                <a href={siteLink(link.href)}>{link.label}</a>
              </li>
            ))}
          </ul>
        </nav>
        <a className="button button--primary button--small" href={siteLink(header.cta.href)}>
          {header.cta.label}
        </a>
      </div>
    </header>
  )
}
