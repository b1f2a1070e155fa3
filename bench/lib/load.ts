import autocannon from 'autocannon'

import { percentile } from './stats'

export type LoadResult = {
  rps: number
  p50: number
  p95: number
  p99: number
  errors: number
  non2xx: number
}

/**
 * autocannon against `url` with browser-like compression headers. Latencies of every
 * response are recorded here so p95 is exact (autocannon's summary stops at p90/p97.5).
 */
export async function load(
  url: string,
  {
    connections = 10,
    duration = 10,
    method = 'GET',
    body,
    headers = {},
  }: {
    connections?: number
    duration?: number
    method?: 'GET' | 'POST'
    body?: string
    headers?: Record<string, string>
  } = {},
): Promise<LoadResult> {
  const latencies: number[] = []
  let finish: (result: autocannon.Result) => void = () => {}
  let fail: (error: Error) => void = () => {}
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    finish = resolve
    fail = reject
  })
  const instance = autocannon(
    {
      url,
      connections,
      duration,
      method,
      body,
      headers: { 'accept-encoding': 'gzip, deflate, br', accept: 'text/html,*/*', ...headers },
    },
    (error, result) => (error ? fail(error) : finish(result)),
  )
  instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime))
  const result = await done
  latencies.sort((a, b) => a - b)
  return {
    rps: result.requests.total / result.duration,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  }
}
