import { spawn, type ChildProcess } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { cpSync, rmSync } from 'node:fs'
import net from 'node:net'
import path from 'node:path'

import { freePort } from '@/lib/runtime/port'
import { waitForHttp } from '@/lib/runtime/serve'
import { appServerCommand } from '@/lib/runtime/server'

import { testContext } from './context'

export type AppInstance = {
  url: string
  child: ChildProcess
  /** Everything the instance wrote to stdout and stderr so far (also passed on to the test's own). */
  output: () => string
  stop: (signal?: NodeJS.Signals) => Promise<void>
}

/**
 * Another server of the test build (the one the global setup made), with its own
 * environment: for tests that stop and restart an app, or cut its database.
 */
export async function startAppInstance(env: Record<string, string>): Promise<AppInstance> {
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  const { command, args } = appServerCommand(port)
  const child = spawn(command, args, {
    env: { ...process.env, NODE_ENV: 'production', NEXT_PUBLIC_SERVER_URL: url, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  let output = ''
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk
    process.stdout.write(chunk)
  })
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk
    process.stderr.write(chunk)
  })
  // Liveness, not the home page: an instance whose database is down still serves, but a home
  // page whose tags were expired by earlier tests needs the database to render.
  await waitForHttp(`${url}/next/health`, child, 60_000)
  return {
    url,
    child,
    output: () => output,
    stop: async (signal = 'SIGTERM') => {
      if (child.exitCode !== null || child.signalCode !== null || !child.pid) return
      const exited = new Promise((r) => child.once('exit', r))
      process.kill(-child.pid, signal)
      await exited
    },
  }
}

/**
 * A copy of the test build for one instance, as each machine of a deployment holds its own:
 * started with `NEXT_DIST_DIR: distDir`, an instance shares no file with another. Next's
 * `cache/` folder stays behind (what a deployment ships is the build, not its compiler's
 * cache). The copy sits in the project folder, where the build's server chunks find node_modules.
 */
export function copyOfTestBuild(): { distDir: string; remove: () => void } {
  const source = path.resolve(testContext().env.NEXT_DIST_DIR)
  const distDir = `${testContext().env.NEXT_DIST_DIR}-copy-${randomUUID().slice(0, 8)}`
  cpSync(source, path.resolve(distDir), {
    recursive: true,
    filter: (file) => file !== path.join(source, 'cache'),
  })
  return { distDir, remove: () => rmSync(path.resolve(distDir), { recursive: true, force: true }) }
}

/**
 * A TCP proxy in front of Postgres (or Redis, or any TCP server) that can be cut (every
 * connection dropped, new ones refused), hung (connections accepted and kept open, nothing
 * forwarded either way: a server that stopped answering) and restored: the server becomes
 * unreachable, or silent, for whoever connects through it. Restoring a hang forwards what
 * waited, as a paused server would answer once resumed.
 */
export async function startCuttableProxy(target: { host: string; port: number }) {
  type Pair = { client: net.Socket; upstream: net.Socket | null }
  const sockets = new Set<net.Socket>()
  const pairs = new Set<Pair>()
  let cut = false
  let hung = false
  const forward = (pair: Pair) => {
    pair.upstream ??= net.connect(target.port, target.host)
    const { client, upstream } = pair
    if (!sockets.has(upstream)) {
      sockets.add(upstream)
      upstream.on('error', () => drop(pair)).on('close', () => drop(pair))
    }
    client.pipe(upstream).pipe(client)
  }
  const drop = (pair: Pair) => {
    pair.client.destroy()
    pair.upstream?.destroy()
    sockets.delete(pair.client)
    if (pair.upstream) sockets.delete(pair.upstream)
    pairs.delete(pair)
  }
  const server = net.createServer((client) => {
    if (cut) return client.destroy()
    const pair: Pair = { client, upstream: null }
    sockets.add(client)
    pairs.add(pair)
    client.on('error', () => drop(pair)).on('close', () => drop(pair))
    if (hung) client.pause()
    else forward(pair)
  })
  const port = await freePort()
  await new Promise<void>((r) => server.listen(port, '127.0.0.1', r))
  return {
    port,
    cut: () => {
      cut = true
      for (const s of sockets) s.destroy()
      sockets.clear()
      pairs.clear()
    },
    /** Keeps every connection open but forwards nothing, and accepts new ones the same way. */
    hang: () => {
      hung = true
      for (const { client, upstream } of pairs) {
        client.unpipe()
        upstream?.unpipe()
        client.pause()
        upstream?.pause()
      }
    },
    restore: () => {
      cut = false
      if (!hung) return
      hung = false
      for (const pair of pairs) forward(pair)
    },
    close: () =>
      new Promise<void>((r) => {
        for (const s of sockets) s.destroy()
        server.close(() => r())
      }),
  }
}

export type DatabaseProxy = Awaited<ReturnType<typeof startCuttableProxy>> & { url: string }

/** A cuttable proxy in front of the Postgres of `databaseUrl`, and that database's URL through it. */
export async function proxiedDatabase(databaseUrl: string): Promise<DatabaseProxy> {
  const db = new URL(databaseUrl)
  const proxy = await startCuttableProxy({ host: db.hostname, port: Number(db.port || 5432) })
  const viaProxy = new URL(db)
  viaProxy.hostname = '127.0.0.1'
  viaProxy.port = String(proxy.port)
  return { ...proxy, url: viaProxy.toString() }
}
