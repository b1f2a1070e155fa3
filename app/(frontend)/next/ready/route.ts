import { readiness } from '@/lib/health/readiness'

/**
 * Readiness for a load balancer: 200 when Postgres (and Redis, when configured) answer, else
 * 503 naming which did not, so traffic goes to instances that can serve it.
 */
export const dynamic = 'force-dynamic'

export async function GET(): Promise<Response> {
  const result = await readiness()
  const headers = { 'cache-control': 'no-store' }
  return result.ready
    ? Response.json({ status: 'ready' }, { headers })
    : Response.json({ status: 'unavailable', failed: result.failed }, { status: 503, headers })
}
