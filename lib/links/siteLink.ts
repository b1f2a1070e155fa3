/**
 * A header or footer link from the CMS. Links to a section of the home page are written as
 * `#scope`; the header and footer are on every page, so they point at `/#scope`, which from
 * the home page itself is still an in-page jump.
 */
export const siteLink = (href: string): string => (href.startsWith('#') ? `/${href}` : href)
