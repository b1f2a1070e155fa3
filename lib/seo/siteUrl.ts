/** The public origin every canonical URL, sitemap entry and JSON-LD address starts with. */
export const siteUrl = (): string =>
  (process.env.NEXT_PUBLIC_SERVER_URL || `http://localhost:${process.env.PORT || 3000}`).replace(/\/$/, '')
