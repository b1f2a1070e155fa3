/**
 * bench/pages with and without Redis: the home page served by two servers of one build on one
 * database, one without `REDIS_URL` (memory and disk) and one with it (the shared cache), each
 * warmed up, then measured in interleaved rounds of autocannon (10 connections, `DURATION`
 * seconds, gzip). A cached page served with Redis costs one HMGET of its tags' revalidation
 * times; the target is throughput within 10% of the server without it.
 *
 *   REDIS_URL=redis://127.0.0.1:6379/15 npm run bench:pages:redis
 *
 * Builds into `NEXT_DIST_DIR` (default `.next-bench`) unless `BENCH_REUSE_BUILD=1` finds a build
 * there; `BENCH_DATABASE_URL` as in the other benchmarks. The Redis database is flushed first.
 */
import { existsSync } from 'node:fs'
import path from 'node:path'

import { createClient } from 'redis'

import { run } from '@/lib/runtime/run'

import { freePort } from '@/lib/runtime/port'

import { benchDatabase, bin, nextStart } from '../lib/app'
import { load, type LoadResult } from '../lib/load'
import { fmt, median } from '../lib/stats'

const ROUNDS = Number(process.env.ROUNDS || 3)
const DURATION = Number(process.env.DURATION || 10)
const WARMUP = Number(process.env.WARMUP || 5)

async function main() {
  const redisUrl = process.env.REDIS_URL
  if (!redisUrl) throw new Error('Set REDIS_URL to the Redis to measure against (its database is flushed).')
  const redis = createClient({ url: redisUrl })
  await redis.connect()
  await redis.flushDb()
  await redis.close()

  const db = await benchDatabase()
  const distDir = process.env.NEXT_DIST_DIR || '.next-bench'
  const { REDIS_URL: _measuredBelow, ...inherited } = process.env
  const base = {
    ...inherited,
    DATABASE_URL: db.url,
    NEXT_DIST_DIR: distDir,
    PAYLOAD_SECRET: 'bench-secret',
    REVALIDATE_SECRET: 'bench-revalidate',
    PREVIEW_SECRET: 'bench-preview',
    NEXT_TELEMETRY_DISABLED: '1',
    JOBS_AUTORUN: '0',
    NODE_ENV: 'production' as const,
  }
  if (process.env.BENCH_REUSE_BUILD !== '1' || !existsSync(path.join(distDir, 'BUILD_ID'))) {
    console.log('building the app…')
    await run(bin('next'), ['build'], base, 'app build')
  }
  const [plainPort, redisPort] = [await freePort(), await freePort()]
  const plain = await nextStart(
    { ...base, NEXT_PUBLIC_SERVER_URL: `http://127.0.0.1:${plainPort}` },
    plainPort,
  )
  const shared = await nextStart(
    { ...base, REDIS_URL: redisUrl, NEXT_PUBLIC_SERVER_URL: `http://127.0.0.1:${redisPort}` },
    redisPort,
  )
  const samples: Record<'memory' | 'redis', LoadResult[]> = { memory: [], redis: [] }
  try {
    console.log(`warming both servers up (${WARMUP} s each, not counted)…`)
    for (const url of [plain.url, shared.url]) await load(url, { connections: 10, duration: WARMUP })
    for (let round = 1; round <= ROUNDS; round++) {
      const order = round % 2 ? (['memory', 'redis'] as const) : (['redis', 'memory'] as const)
      for (const which of order) {
        const result = await load(which === 'memory' ? plain.url : shared.url, {
          connections: 10,
          duration: DURATION,
        })
        samples[which].push(result)
        console.log(
          `round ${round} ${which.padEnd(6)} ${fmt(result.rps, 0)} req/s p50 ${result.p50} ms p95 ${result.p95} ms ` +
            `p99 ${result.p99} ms errors ${result.errors + result.non2xx}`,
        )
      }
    }
  } finally {
    await plain.stop()
    await shared.stop()
    await db.embedded?.stop()
  }
  const m = (which: 'memory' | 'redis', pick: (r: LoadResult) => number) => median(samples[which].map(pick))
  console.log(`\nmedians over ${ROUNDS} interleaved rounds`)
  console.log(`${'figure'.padEnd(10)}${'no Redis'.padStart(10)}${'Redis'.padStart(10)}${'ratio'.padStart(8)}`)
  for (const [label, pick] of [
    ['req/s', (r: LoadResult) => r.rps],
    ['p50 ms', (r: LoadResult) => r.p50],
    ['p95 ms', (r: LoadResult) => r.p95],
    ['p99 ms', (r: LoadResult) => r.p99],
  ] as const) {
    const [a, b] = [m('memory', pick), m('redis', pick)]
    console.log(
      `${label.padEnd(10)}${fmt(a, 0).padStart(10)}${fmt(b, 0).padStart(10)}${fmt(b / a, 2).padStart(8)}`,
    )
  }
  const ratio = m('redis', (r) => r.rps) / m('memory', (r) => r.rps)
  console.log(`\n${ratio >= 0.9 ? 'met ' : 'MISS'}  throughput with Redis >= 0.9 x without`)
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(`bench:pages:redis failed: ${(error as Error).message}`)
    process.exit(1)
  },
)
