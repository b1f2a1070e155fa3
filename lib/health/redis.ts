import { redisClient, type Redis } from '../redis/client'
import { withTimeout } from './timeout'

const TIMEOUT_MS = 1_000

/** Resolves once `client` is connected, or rejects after `ms` (the first check opens it). */
function connected(client: Redis, ms: number): Promise<void> {
  if (client.isReady) return Promise.resolve()
  let onReady: (() => void) | undefined
  const ready = new Promise<void>((resolve) => {
    onReady = resolve
    client.once('ready', resolve)
  })
  return withTimeout(ready, ms, 'Redis').finally(() => client.off('ready', onReady!))
}

/** Resolves when Redis answers PING within about a second; also when no Redis is configured. */
export async function pingRedis(): Promise<void> {
  const client = redisClient()
  if (!client) return
  await connected(client, TIMEOUT_MS)
  await withTimeout(client.ping(), TIMEOUT_MS, 'Redis')
}
