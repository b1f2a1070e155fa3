// @ts-check
/**
 * This process's one Redis connection for commands, per URL: the page cache handler and the app's own code
 * (the readiness check, lib/redis/client.ts) share it. Plain JavaScript (with types checked) because Next
 * loads the cache handler with a bare `import()` at run time, outside the app's bundle: the two sides hold two
 * copies of this module, so the client is kept on `globalThis`, not in a module variable. (The cache's
 * Pub/Sub subscription needs a connection of its own: Redis allows nothing else on a subscribed one.)
 *
 * A Redis that is down never holds a caller up: connecting gives up after a second (and retries in the
 * background), commands sent while disconnected fail at once instead of waiting in a queue, and a command
 * with no answer fails after half a second. Outages are logged by the cache handler (`[cache] Redis at …`).
 */
import { createClient } from 'redis'

export const CONNECT_TIMEOUT_MS = 1000
export const COMMAND_TIMEOUT_MS = 500

/** @param {string} url */
const newClient = (url) =>
  createClient({
    url,
    disableOfflineQueue: true,
    // A connection that stops answering without closing is noticed by the pings.
    pingInterval: 5000,
    commandOptions: { timeout: COMMAND_TIMEOUT_MS },
    socket: {
      connectTimeout: CONNECT_TIMEOUT_MS,
      reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 2000),
    },
  })

/** @typedef {ReturnType<typeof newClient>} Redis */

const CLIENTS = Symbol.for('paiteq.redis.clients')

/** @returns {Map<string, Redis>} */
function clients() {
  const holder = /** @type {{ [CLIENTS]?: Map<string, Redis> }} */ (globalThis)
  return (holder[CLIENTS] ??= new Map())
}

/**
 * The client for `url`, made and connected on first use. Throws when `url` cannot be parsed.
 * @param {string} url
 * @returns {Redis}
 */
export function sharedRedis(url) {
  const known = clients().get(url)
  if (known) return known
  const client = newClient(url)
  // Errors are the users' to report; without a listener one would end the process.
  client.on('error', () => {})
  clients().set(url, client)
  // Rejects only if the client gives up for good, which the strategy above never does.
  client.connect().catch(() => {})
  return client
}

/**
 * Resolves once `client` is ready (at once when it already is).
 * @param {Redis} client
 * @returns {Promise<void>}
 */
export const whenReady = (client) =>
  client.isReady ? Promise.resolve() : new Promise((resolve) => client.once('ready', () => resolve()))
