// @ts-check
/**
 * `NEXT_PUBLIC_SERVER_URL` as the build saw it. Written out literally on purpose: Next replaces that
 * exact expression with the build's value in everything it bundles, so every instance of one build (and
 * every page it caches, which instances share) says the same origin; a value read at run time would
 * differ per instance and leak into shared cached pages (`lib/env/publicUrl.ts` is the run-time one,
 * for emails and the admin). Outside a bundle (scripts, the cache handler) it is the process's value.
 * @returns {string | undefined}
 */
export const publicUrlAtBuild = () => process.env.NEXT_PUBLIC_SERVER_URL || undefined
