import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, rmSync } from 'node:fs'
import net from 'node:net'
import path from 'node:path'

import { run } from '@/lib/runtime/run'

const bin = (name: string) => path.resolve('node_modules/.bin', name)

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

async function waitForHttp(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The app exited (code ${child.exitCode}) before answering.`)
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(5000) })
      if (res.status < 500) return
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error(`The app did not answer at ${url} within ${timeoutMs / 1000} s.`)
}

/**
 * Builds the production app into `NEXT_DIST_DIR` (unless `TEST_REUSE_BUILD=1` and a build
 * is there) and starts `next start` against the test database.
 */
export async function startApp(env: NodeJS.ProcessEnv, port: number): Promise<{ stop: () => Promise<void> }> {
  const distDir = env.NEXT_DIST_DIR as string
  const reuse = process.env.TEST_REUSE_BUILD === '1' && existsSync(path.join(distDir, 'BUILD_ID'))
  // The data cache outlives a build: what the last run's database held must not be served
  // (or prerendered) from a fresh one.
  rmSync(path.join(distDir, 'cache', 'fetch-cache'), { recursive: true, force: true })
  if (!reuse) await run(bin('next'), ['build'], env, 'The test build')

  const child = spawn(bin('next'), ['start', '-p', String(port)], {
    env,
    stdio: ['ignore', 'inherit', 'inherit'],
    detached: true,
  })
  await waitForHttp(`http://127.0.0.1:${port}/`, child, 60_000)
  return {
    stop: async () => {
      if (child.exitCode !== null || !child.pid) return
      process.kill(-child.pid, 'SIGTERM')
      await new Promise((r) => child.once('exit', r))
    },
  }
}
