import { serverPort } from '../env/next.mjs'
import { publicUrlAtBuild } from '../env/publicUrlAtBuild.mjs'

/**
 * The public origin every canonical URL, sitemap entry and JSON-LD address starts with: the one the build
 * was given (`lib/env/publicUrlAtBuild.mjs` says why not the run-time one), without a trailing slash.
 */
export const siteUrl = (): string =>
  (publicUrlAtBuild() || `http://localhost:${serverPort()}`).replace(/\/$/, '')
