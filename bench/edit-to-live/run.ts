/**
 * `npm run bench:edit-to-live`: how long a published change takes to reach a visitor.
 *
 * Builds the production app into `.next-bench` (unless `BENCH_REUSE_BUILD=1` finds one),
 * serves it on a fresh database (`BENCH_DATABASE_URL`, dropped and recreated; default
 * `postgres://postgres@127.0.0.1:5432/mlops_bench`), signs in as marketing and publishes
 * 20 edits through the REST API, the way the admin's "Publish changes" does: FAQ answers
 * and gate titles (collections), the hero title and the closing call to action (globals).
 * After each one it polls the public page as a visitor until the new words are there.
 *
 * Prints, per edit and as p50/p95/max: the publish request, and publish-to-visible (from
 * sending the publish to the first visitor response that shows it). Target: p95 < 1 s.
 *
 * With `REDIS_URL` (a Redis database of its own: it is flushed), a second server of the same
 * build shares that Redis: edits are published through the first and polled on the second,
 * which is what a visitor of another instance sees.
 */
import path from 'node:path'

import { parseHTML } from 'linkedom'
import { createClient } from 'redis'

import { recreateDatabase } from '@/lib/db/admin'
import { freePort } from '@/lib/runtime/port'
import { run } from '@/lib/runtime/run'
import { buildAndServe, startNext } from '@/lib/runtime/serve'
import { DEV_DEFAULTS } from '@/lib/env/seedUsers'

import { percentile } from '../lib/stats'

const EDITS = 20
const POLL_MS = 10
const TIMEOUT_MS = 10_000

type Target = {
  name: string
  /** Payload updates a document with PATCH and a global with POST. */
  method: 'PATCH' | 'POST'
  endpoint: (ids: Ids) => string
  body: (text: string) => Record<string, unknown>
  selector: string
}
type Ids = { faq: number; gate: number }

const TARGETS: Target[] = [
  {
    name: 'faqs (collection)',
    method: 'PATCH',
    endpoint: (ids) => `/api/faqs/${ids.faq}`,
    body: (text) => ({ answer: text }),
    selector: '#faq .faq__answer',
  },
  {
    name: 'hero (global)',
    method: 'POST',
    endpoint: () => '/api/globals/hero',
    body: (text) => ({ title: text }),
    selector: 'h1',
  },
  {
    name: 'gates (collection)',
    method: 'PATCH',
    endpoint: (ids) => `/api/gates/${ids.gate}`,
    body: (text) => ({ title: text }),
    selector: '#cd4ml .gate__title',
  },
  {
    name: 'closing-cta (global)',
    method: 'POST',
    endpoint: () => '/api/globals/closing-cta',
    body: (text) => ({ title: text }),
    selector: '#start-title',
  },
]

const ms = (n: number) => `${n.toFixed(0).padStart(5)} ms`

async function main() {
  const databaseUrl = process.env.BENCH_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/mlops_bench'
  const port = await freePort()
  const base = `http://localhost:${port}`
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    PAYLOAD_SECRET: 'bench-payload-secret',
    REVALIDATE_SECRET: 'bench-revalidate-secret',
    PREVIEW_SECRET: 'bench-preview-secret',
    NEXT_PUBLIC_SERVER_URL: base,
    NEXT_DIST_DIR: '.next-bench',
    NEXT_TELEMETRY_DISABLED: '1',
    MEDIA_DIR: path.resolve('.data/bench-media'),
  }
  console.log(`Database ${databaseUrl} (recreated), app on ${base}`)
  await recreateDatabase(databaseUrl)
  await run(
    path.resolve('node_modules/.bin/tsx'),
    ['scripts/migrate.ts', '--seed-if-empty'],
    env,
    'Migrating',
  )
  const redisUrl = process.env.REDIS_URL
  if (redisUrl) {
    const redis = createClient({ url: redisUrl })
    await redis.connect()
    await redis.flushDb()
    await redis.close()
  }
  const app = await buildAndServe({ ...env, NODE_ENV: 'production' }, port, {
    reuse: process.env.BENCH_REUSE_BUILD === '1',
    label: 'The bench build',
  })
  const secondPort = redisUrl ? await freePort() : null
  const second = secondPort
    ? await startNext(
        { ...env, NODE_ENV: 'production', NEXT_PUBLIC_SERVER_URL: `http://localhost:${secondPort}` },
        secondPort,
      )
    : null
  // Where visitors are polled: the second instance when there is one.
  const readBase = secondPort ? `http://localhost:${secondPort}` : base
  if (second) console.log(`publishing through ${base}, reading ${readBase} (shared Redis)`)
  try {
    const login = await fetch(`${base}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(DEV_DEFAULTS.marketing),
    })
    const { token } = (await login.json()) as { token: string }
    const auth = { authorization: `JWT ${token}`, 'content-type': 'application/json' }
    const first = async (collection: string) =>
      (
        (await (await fetch(`${base}/api/${collection}?limit=1&sort=_order`, { headers: auth })).json()) as {
          docs: { id: number }[]
        }
      ).docs[0]!.id
    const ids: Ids = { faq: await first('faqs'), gate: await first('gates') }

    const visibleText = async (selector: string) => {
      const html = await (await fetch(`${readBase}/`)).text()
      return (parseHTML(html).document.querySelector(selector)?.textContent ?? '').replace(/\s+/g, ' ').trim()
    }
    // Warm the cache so every edit starts from a static page, as in production.
    await visibleText('h1')
    await visibleText('h1')

    const publish: number[] = []
    const toVisible: number[] = []
    for (let i = 0; i < EDITS; i++) {
      const target = TARGETS[i % TARGETS.length]!
      const text = `Edit ${i + 1} of the bench, ${Date.now()}`
      const started = performance.now()
      const res = await fetch(`${base}${target.endpoint(ids)}`, {
        method: target.method,
        headers: auth,
        body: JSON.stringify({ ...target.body(text), _status: 'published' }),
      })
      if (!res.ok) throw new Error(`Publishing ${target.name} failed: ${res.status} ${await res.text()}`)
      const published = performance.now()
      while ((await visibleText(target.selector)) !== text) {
        if (performance.now() - started > TIMEOUT_MS) throw new Error(`Edit ${i + 1} not visible after 10 s`)
        await new Promise((r) => setTimeout(r, POLL_MS))
      }
      const visible = performance.now()
      publish.push(published - started)
      toVisible.push(visible - started)
      console.log(
        `edit ${String(i + 1).padStart(2)}  ${target.name.padEnd(22)} publish ${ms(published - started)}   visible after ${ms(visible - started)}`,
      )
    }
    const report = (label: string, values: number[]) => {
      const sorted = [...values].sort((a, b) => a - b)
      console.log(
        `${label.padEnd(20)} p50 ${ms(percentile(sorted, 50))}   p95 ${ms(percentile(sorted, 95))}   max ${ms(sorted.at(-1)!)}`,
      )
    }
    console.log(
      `\n${EDITS} edits against the production build${second ? ', read on a second instance' : ''}:`,
    )
    report('publish request', publish)
    report('publish-to-visible', toVisible)
    const p95 = percentile(
      [...toVisible].sort((a, b) => a - b),
      95,
    )
    console.log(`target p95 < 1000 ms: ${p95 < 1000 ? 'met' : 'NOT met'}`)
  } finally {
    await second?.stop()
    await app.stop()
  }
}

main().catch((error) => {
  console.error(`bench:edit-to-live: ${(error as Error).message}`)
  process.exit(1)
})
