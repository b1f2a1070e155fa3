import { serverPort } from './next.mjs'

/**
 * The site's public origin (`NEXT_PUBLIC_SERVER_URL`, else this machine's port), without a trailing slash:
 * canonical URLs, the sitemap, JSON-LD, links in emails and the admin's preview all start with it.
 */
export const publicUrl = (source: NodeJS.ProcessEnv = process.env): string =>
  (source.NEXT_PUBLIC_SERVER_URL || `http://localhost:${serverPort(source)}`).replace(/\/$/, '')
