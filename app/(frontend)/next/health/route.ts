/**
 * Liveness for a load balancer or orchestrator: 200 while this process serves requests. It
 * asks no store, so a database outage does not get every instance restarted (see /next/ready).
 */
export const dynamic = 'force-dynamic'

const answer = () => Response.json({ status: 'ok' }, { headers: { 'cache-control': 'no-store' } })

export const GET = answer
export const HEAD = answer
