import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, rmSync } from 'node:fs'
import path from 'node:path'

import { run } from './run'
import { appServerCommand } from './server'

/**
 * Building and serving the production app from a script: what the tests' global setup and the
 * benchmarks share (neither reaches into the other's folder for it).
 */

export const bin = (name: string) => path.resolve('node_modules/.bin', name)

/** Resolves once `url` answers below 500; throws when `child` exits or `timeoutMs` passes. */
export async function waitForHttp(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
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

export type RunningApp = { url: string; stop: () => Promise<void> }

/**
 * The production server `npm start` runs (Next behind `scripts/server.mjs`) for the app in
 * `dir` (default: this project), resolved once it answers.
 */
export async function startNext(env: NodeJS.ProcessEnv, port: number, dir?: string): Promise<RunningApp> {
  const { command, args } = appServerCommand(port, dir)
  const child = spawn(command, args, { env, stdio: ['ignore', 'inherit', 'inherit'], detached: true })
  const url = `http://127.0.0.1:${port}/`
  await waitForHttp(url, child, 60_000)
  return {
    url,
    stop: async () => {
      if (child.exitCode !== null || !child.pid) return
      process.kill(-child.pid, 'SIGTERM')
      await new Promise((r) => child.once('exit', r))
    },
  }
}

/**
 * Builds the production app into `env.NEXT_DIST_DIR` (unless `reuse` and a build is there) and
 * serves it. `label` names the build in an error ("The test build failed…").
 */
export async function buildAndServe(
  env: NodeJS.ProcessEnv,
  port: number,
  { reuse, label }: { reuse: boolean; label: string },
): Promise<RunningApp> {
  const distDir = env.NEXT_DIST_DIR ?? '.next'
  const reusing = reuse && existsSync(path.join(distDir, 'BUILD_ID'))
  // The data cache and the pages re-rendered after a publish outlive a build (a build empties
  // them itself, see next.config.ts): a reused build must not serve what the last run's
  // database held from a fresh one.
  rmSync(path.join(distDir, 'cache', 'fetch-cache'), { recursive: true, force: true })
  rmSync(path.join(distDir, 'cache', 'pages'), { recursive: true, force: true })
  if (!reusing) await run(bin('next'), ['build'], env, label)
  return startNext(env, port)
}
