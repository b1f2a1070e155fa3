// @ts-check
/**
 * What every instance of a multi-instance deployment must share. Plain JavaScript (with types
 * checked) because `scripts/server.mjs` checks it with `node` alone, before Next starts, and
 * `next.config.ts` and `npm start` read it too.
 *
 * `REDIS_URL` marks such a deployment. Then a session signed by one instance must verify on
 * another, a preview link or revalidation call must be accepted by whichever instance gets it,
 * and a server action rendered by one build must decrypt on every copy of it, so none of these
 * may be invented per machine (as a lone `npm start` does, keeping them in `.data/`).
 */

/** Secrets an instance refuses to start without when `REDIS_URL` is set. */
export const SHARED_SECRETS = /** @type {const} */ ([
  'PAYLOAD_SECRET',
  'PREVIEW_SECRET',
  'REVALIDATE_SECRET',
  'NEXT_SERVER_ACTIONS_ENCRYPTION_KEY',
])

/** @param {NodeJS.ProcessEnv} [env] */
export const isMultiInstance = (env = process.env) => Boolean(env.REDIS_URL)

/**
 * Why `value` cannot be Next's server actions key, or null when it can: Next wants the
 * base64 of an AES key, 16, 24 or 32 bytes long.
 * @param {string} value
 */
export function encryptionKeyProblem(value) {
  const bytes = /^[A-Za-z0-9+/]+={0,2}$/.test(value) ? Buffer.from(value, 'base64').length : 0
  return [16, 24, 32].includes(bytes)
    ? null
    : 'NEXT_SERVER_ACTIONS_ENCRYPTION_KEY must be the base64 of 16, 24 or 32 random bytes (openssl rand -base64 32).'
}

/**
 * One sentence saying what stops this instance from starting, or null. With `REDIS_URL` set,
 * every shared secret must be in the environment; a server actions key, whenever set, must be
 * usable.
 * @param {NodeJS.ProcessEnv} [env]
 * @returns {string | null}
 */
export function sharedSecretsProblem(env = process.env) {
  if (isMultiInstance(env)) {
    const missing = SHARED_SECRETS.filter((name) => !env[name])
    if (missing.length === 1)
      return `REDIS_URL is set (several instances) but ${missing[0]} is not: give every instance the same value.`
    if (missing.length)
      return `REDIS_URL is set (several instances) but ${missing.join(', ')} are not: give every instance the same values.`
  }
  const key = env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY
  return key ? encryptionKeyProblem(key) : null
}
