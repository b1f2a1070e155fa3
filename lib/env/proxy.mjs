// @ts-check
/**
 * `TRUSTED_PROXY_HOPS` is how many proxies in front of the app append to `X-Forwarded-For`
 * (`lib/http/forwardedFor.mjs` uses it). Plain JavaScript because `scripts/server.mjs` reads it with
 * `node` alone, before anything is compiled.
 */

/**
 * `TRUSTED_PROXY_HOPS`: unset or empty means 0. Anything but a whole number from 0 to 20
 * throws one sentence (the server prints it and does not start).
 * @param {NodeJS.ProcessEnv} [source]
 * @returns {number}
 */
export function trustedProxyHops(source = process.env) {
  const raw = (source.TRUSTED_PROXY_HOPS ?? '').trim()
  if (raw === '') return 0
  if (!/^\d{1,2}$/.test(raw) || Number(raw) > 20)
    throw new Error(
      `TRUSTED_PROXY_HOPS must be the number of proxies in front of the app (0, 1, 2…), not "${raw}".`,
    )
  return Number(raw)
}
