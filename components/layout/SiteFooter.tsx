import type { Footer, SiteSetting } from '@/payload-types'
import { siteLink } from '@/lib/links/siteLink'

export function SiteFooter({ footer, settings }: { footer: Footer; settings: SiteSetting }) {
  return (
    <footer className="site-footer">
      <div className="container site-footer__inner">
        <div>
          <p className="brand">
            <span className="brand__mark" aria-hidden="true" />
            {settings.siteName}
          </p>
          <p className="site-footer__tagline">{footer.tagline}</p>
        </div>
        <nav aria-label={footer.navLabel}>
          <ul className="site-footer__links">
            {footer.links?.map((link) => (
              <li key={link.id ?? link.href}>
                <a href={siteLink(link.href)}>{link.label}</a>
              </li>
            ))}
          </ul>
        </nav>
        <p className="site-footer__contact">
          {footer.contactLabel}: <a href={`mailto:${settings.contactEmail}`}>{settings.contactEmail}</a>
        </p>
        <p className="site-footer__legal">{footer.legal}</p>
      </div>
    </footer>
  )
}
