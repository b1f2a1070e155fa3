import { spawn, type ChildProcess } from 'node:child_process'
import net from 'node:net'

import { appServerCommand } from '@/lib/runtime/server'

import { freePort } from '../setup/app'

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
  const deadline = Date.now() + 60_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The app instance exited with ${child.exitCode}`)
    try {
      const res = await fetch(`${url}/`, { signal: AbortSignal.timeout(5000) })
      if (res.status < 500) break
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200))
  }
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
 * A TCP proxy in front of Postgres (or Redis, or any TCP server) that can be cut (every connection dropped, new ones
 * refused) and restored: the database becomes unreachable for whoever connects through it.
 */
export async function startCuttableProxy(target: { host: string; port: number }) {
  const sockets = new Set<net.Socket>()
  let cut = false
  const server = net.createServer((client) => {
    if (cut) return client.destroy()
    const upstream = net.connect(target.port, target.host)
    sockets.add(client).add(upstream)
    client.pipe(upstream).pipe(client)
    const drop = () => {
      client.destroy()
      upstream.destroy()
      sockets.delete(client)
      sockets.delete(upstream)
    }
    client.on('error', drop).on('close', drop)
    upstream.on('error', drop).on('close', drop)
  })
  const port = await freePort()
  await new Promise<void>((r) => server.listen(port, '127.0.0.1', r))
  return {
    port,
    cut: () => {
      cut = true
      for (const s of sockets) s.destroy()
      sockets.clear()
    },
    restore: () => {
      cut = false
    },
    close: () =>
      new Promise<void>((r) => {
        for (const s of sockets) s.destroy()
        server.close(() => r())
      }),
  }
}
