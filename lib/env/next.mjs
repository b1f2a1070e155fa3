// @ts-check
/**
 * Settings of the Next server and its build. Plain JavaScript (with types checked) because
 * `scripts/server.mjs` and the page cache handler (`lib/cache/pageCacheHandler.mjs`) load it
 * with `node` alone; `next.config.ts` and the TypeScript side read the same functions.
 */

/**
 * `PORT`, default 3000: where `npm start`, `npm run dev` and the production server listen.
 * Anything but a port number throws one sentence.
 * @param {NodeJS.ProcessEnv} [source]
 * @returns {number}
 */
export function serverPort(source = process.env) {
  const raw = source.PORT || '3000'
  const port = Number(raw)
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw new Error(`PORT must be a port number, not "${raw}".`)
  return port
}

/**
 * `NEXT_DIST_DIR`, default `.next`: the build folder. Tests and benchmarks build into their own
 * so they never clobber the app's build.
 * @param {NodeJS.ProcessEnv} [source]
 */
export const nextDistDir = (source = process.env) => source.NEXT_DIST_DIR || '.next'

/**
 * `NEXT_DEPLOYMENT_ID`: the same id on every instance of one build (README → Running several
 * instances); unset for a lone `npm start`.
 * @param {NodeJS.ProcessEnv} [source]
 * @returns {string | undefined}
 */
export const deploymentId = (source = process.env) => source.NEXT_DEPLOYMENT_ID || undefined

/**
 * Whether this process is `next build` (Next sets `NEXT_PHASE` while it prerenders).
 * @param {NodeJS.ProcessEnv} [source]
 */
export const isBuildPhase = (source = process.env) => source.NEXT_PHASE === 'phase-production-build'

/**
 * `NEXT_SERVER_ACTIONS_ENCRYPTION_KEY`, read by `next build` (see `sharedSecrets.mjs`).
 * @param {NodeJS.ProcessEnv} [source]
 * @returns {string | undefined}
 */
export const serverActionsKey = (source = process.env) =>
  source.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY || undefined
