import { spawn, type ChildProcess } from 'node:child_process'
import net from 'node:net'
import path from 'node:path'

import { recreateDatabase } from '@/lib/db/admin'
import { startEmbeddedPostgres, type EmbeddedServer } from '@/lib/db/embedded'
import { run } from '@/lib/runtime/run'

export const bin = (name: string) => path.resolve('node_modules/.bin', name)

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

/** A fresh, migrated and seeded database for a benchmark: BENCH_DATABASE_URL or embedded. */
export async function benchDatabase(): Promise<{ url: string; embedded: EmbeddedServer | null }> {
  let url = process.env.BENCH_DATABASE_URL
  let embedded: EmbeddedServer | null = null
  if (!url) {
    embedded = await startEmbeddedPostgres(path.resolve('.data/bench-postgres'), 54340)
    url = embedded.url('mlops_bench')
  }
  await recreateDatabase(url)
  await run(
    bin('tsx'),
    ['scripts/migrate.ts', '--seed-if-empty'],
    { ...process.env, DATABASE_URL: url },
    'Migrating the bench database',
  )
  return { url, embedded }
}

export async function waitFor(url: string, child: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server for ${url} exited with ${child.exitCode}`)
    const ok = await fetch(url).then(
      (r) => r.ok,
      () => false,
    )
    if (ok) return
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error(`${url} did not come up`)
}

/** `next start` for the app in `dir` (default: this project) built into `distDir`. */
export async function nextStart(
  env: NodeJS.ProcessEnv,
  port: number,
  dir?: string,
): Promise<{ url: string; stop: () => Promise<void> }> {
  const args = ['start', ...(dir ? [dir] : []), '-p', String(port)]
  const child = spawn(bin('next'), args, { env, stdio: ['ignore', 'ignore', 'inherit'], detached: true })
  const url = `http://127.0.0.1:${port}/`
  await waitFor(url, child)
  return {
    url,
    stop: async () => {
      if (child.exitCode === null && child.pid) {
        process.kill(-child.pid, 'SIGTERM')
        await new Promise((r) => child.once('exit', r))
      }
    },
  }
}
