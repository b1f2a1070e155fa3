/**
 * The cache tag of each collection and global, derived from its slug, so it is written nowhere else: data
 * loaders tag what they read with it (lib/content/load.ts), and the change hooks the content builders add to
 * the same collection or global revalidate exactly that tag (lib/payload/contentCollection.ts, contentGlobal.ts).
 * `/next/revalidate` takes the same strings.
 */
export const collectionTag = (slug: string): string => slug

export const globalTag = (slug: string): string => `global:${slug}`
