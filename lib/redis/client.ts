import { redisUrl } from '../env/redis.mjs'
import { sharedRedis, type Redis } from './shared.mjs'

export type { Redis }

/**
 * This process's one Redis connection (the one the page cache handler uses too, `lib/redis/shared.mjs`),
 * or null without `REDIS_URL`.
 */
export function redisClient(): Redis | null {
  const url = redisUrl()
  return url ? sharedRedis(url) : null
}
