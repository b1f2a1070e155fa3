import { createClient } from 'redis'

import { redisUrl } from '../env/redis.mjs'

export type Redis = ReturnType<typeof createClient>

let client: Redis | undefined

/**
 * This process's one Redis connection, opened on first use, or null without `REDIS_URL`.
 * A Redis that is down never holds a caller up: connecting gives up after 2 s (then retries in
 * the background), and commands sent while disconnected fail at once instead of waiting in
 * a queue. An outage is logged once when it starts and once when it ends.
 */
export function redisClient(): Redis | null {
  const url = redisUrl()
  if (!url) return null
  if (client) return client
  let down = false
  client = createClient({
    url,
    disableOfflineQueue: true,
    socket: { connectTimeout: 2_000, reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 5_000) },
  })
  client.on('error', (error: Error) => {
    if (down) return
    down = true
    console.error(`[redis] unreachable: ${error.message || error.name}`)
  })
  client.on('ready', () => {
    if (down) console.log('[redis] reachable again')
    down = false
  })
  // Rejects only if the client gives up for good, which the strategy above never does.
  client.connect().catch(() => {})
  return client
}
