import { publicUrlAtBuild } from './publicUrlAtBuild.mjs'
import { SHARED_SECRETS } from './sharedSecrets.mjs'

/**
 * The secrets the instances of one deployment share (`lib/env/sharedSecrets.mjs`), as this process
 * was given them. Unset is `undefined`; `npm start` fills in local ones (`lib/runtime/secrets.ts`).
 */
export type SharedSecretName = (typeof SHARED_SECRETS)[number]

export const sharedSecret = (
  name: SharedSecretName,
  source: NodeJS.ProcessEnv = process.env,
): string | undefined => source[name] || undefined

/** `PREVIEW_SECRET`: the admin's live preview links carry it; the preview route checks it. */
export const previewSecret = (source: NodeJS.ProcessEnv = process.env) =>
  sharedSecret('PREVIEW_SECRET', source)

/** `REVALIDATE_SECRET`: what a process outside Next presents to `/next/revalidate`. */
export const revalidateSecret = (source: NodeJS.ProcessEnv = process.env) =>
  sharedSecret('REVALIDATE_SECRET', source)

/**
 * Where a process outside Next asks the app to expire cache tags: `REVALIDATE_URL`, else the site's
 * public origin as the build saw it (`publicUrlAtBuild.mjs`).
 */
export const revalidateBaseUrl = (source: NodeJS.ProcessEnv = process.env): string | undefined =>
  source.REVALIDATE_URL || publicUrlAtBuild()
