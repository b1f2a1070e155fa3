// @ts-check
/**
 * Who is on the other end of a request, decided once where the socket is known: in the
 * server `npm start` runs (`scripts/server.mjs`). Plain JavaScript (with types checked)
 * because that server is started by `node` alone, before anything is compiled.
 *
 * `TRUSTED_PROXY_HOPS` is how many proxies in front of the app append to `X-Forwarded-For`.
 * Each appends the address it was connected from, so the n-th entry from the right is the
 * last one a trusted proxy wrote; anything further left came from the client and proves
 * nothing. With 0 (no proxy) only the socket counts.
 */

/**
 * Headers a client could set to name an address. The server removes them all and writes
 * `x-forwarded-for` anew, so the app can read that one header and nothing else.
 */
export const CLIENT_ADDRESS_HEADERS = [
  'x-forwarded-for',
  'x-real-ip',
  'forwarded',
  'x-client-ip',
  'x-cluster-client-ip',
  'true-client-ip',
  'cf-connecting-ip',
  'fastly-client-ip',
]

/** `::ffff:10.0.0.1` (an IPv4 client on a dual-stack socket) is `10.0.0.1`. @param {string} address */
const plain = (address) => address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '')

/**
 * The client's address: the socket's with no trusted proxy, else the `hops`-th entry from
 * the right of `X-Forwarded-For`. A request that carries fewer entries did not pass every
 * proxy, and gets the furthest address there is.
 * @param {{ socketAddress: string | undefined, forwardedFor: string | string[] | undefined, hops: number }} request
 * @returns {string}
 */
export function resolveClientAddress({ socketAddress, forwardedFor, hops }) {
  const socket = plain(socketAddress ?? '') || 'unknown'
  if (hops === 0) return socket
  const listed = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : (forwardedFor ?? ''))
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  const chain = [...listed, socket]
  return plain(chain[Math.max(0, chain.length - 1 - hops)])
}
