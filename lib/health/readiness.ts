import { redisUrl } from '../env/redis.mjs'
import { pingPostgres } from './postgres'
import { pingRedis } from './redis'

export type Readiness = { ready: true } | { ready: false; failed: string[] }

/**
 * Whether this instance can serve: Postgres answers, and Redis too when `REDIS_URL` is set.
 * Both are asked at once; what failed is named by store only (no address, no error text), since
 * anyone may call the route.
 */
export async function readiness(): Promise<Readiness> {
  const checks: [string, () => Promise<void>][] = [['postgres', pingPostgres]]
  if (redisUrl()) checks.push(['redis', pingRedis])
  const results = await Promise.allSettled(checks.map(([, check]) => check()))
  const failed = checks.filter((_, i) => results[i]!.status === 'rejected').map(([name]) => name)
  return failed.length ? { ready: false, failed } : { ready: true }
}
