import { publicUrl } from '../env/publicUrl'

/** The public origin every canonical URL, sitemap entry and JSON-LD address starts with. */
export const siteUrl = (): string => publicUrl()
