/**
 * The public origin every canonical URL, sitemap entry and JSON-LD address starts with. Written out rather
 * than read through `lib/env/publicUrl.ts` on purpose: Next inlines `process.env.NEXT_PUBLIC_SERVER_URL` at
 * build time, so every instance of one build (and every page it caches, which instances share) says the same
 * origin; a value read at run time would differ per instance and leak into shared cached pages.
 */
export const siteUrl = (): string =>
  (process.env.NEXT_PUBLIC_SERVER_URL || `http://localhost:${process.env.PORT || 3000}`).replace(/\/$/, '')
