import { spawn, type ChildProcess } from 'node:child_process'
import net from 'node:net'

import { freePort } from '@/lib/runtime/port'

export type TestRedis = { host: string; port: number; stop: () => Promise<void> }

const answersPing = (host: string, port: number): Promise<boolean> =>
  new Promise((resolve) => {
    const socket = net.connect(port, host)
    const done = (ok: boolean) => {
      socket.destroy()
      resolve(ok)
    }
    socket.setTimeout(1000, () => done(false))
    socket.once('error', () => done(false))
    socket.once('connect', () => socket.write('PING\r\n'))
    socket.once('data', (data) => done(data.toString().startsWith('+PONG')))
  })

/**
 * The Redis the tests share: `TEST_REDIS_URL`, else the machine's on 127.0.0.1:6379 when it
 * answers, else a `redis-server` of the run's own (no persistence) on a free port. Tests pick
 * database numbers of their own on it and flush them.
 */
export async function testRedis(): Promise<TestRedis> {
  const wanted = new URL(process.env.TEST_REDIS_URL || 'redis://127.0.0.1:6379')
  const host = wanted.hostname
  const port = Number(wanted.port || 6379)
  if (await answersPing(host, port)) return { host, port, stop: async () => {} }
  if (process.env.TEST_REDIS_URL) throw new Error(`TEST_REDIS_URL (${wanted.host}) does not answer PING.`)

  const own = await freePort()
  let child: ChildProcess
  try {
    child = await new Promise<ChildProcess>((resolve, reject) => {
      const c = spawn(
        'redis-server',
        ['--port', String(own), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
        {
          stdio: 'ignore',
        },
      )
      c.once('error', reject)
      c.once('spawn', () => resolve(c))
    })
  } catch {
    throw new Error(
      'The tests need Redis: none answers on 127.0.0.1:6379 and there is no redis-server to start (apt-get install redis-server, or set TEST_REDIS_URL).',
    )
  }
  for (let i = 0; i < 50 && !(await answersPing('127.0.0.1', own)); i++)
    await new Promise((r) => setTimeout(r, 100))
  return {
    host: '127.0.0.1',
    port: own,
    stop: async () => {
      if (child.exitCode !== null) return
      const exited = new Promise((r) => child.once('exit', r))
      child.kill('SIGTERM')
      await exited
    },
  }
}
