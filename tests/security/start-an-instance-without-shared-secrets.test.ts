import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'

import { afterEach, describe, expect, it } from 'vitest'

import { freePort } from '@/lib/runtime/port'
import { prepare } from '@/lib/runtime/prepare'
import { appServerCommand } from '@/lib/runtime/server'

const SHARED = ['PAYLOAD_SECRET', 'PREVIEW_SECRET', 'REVALIDATE_SECRET', 'NEXT_SERVER_ACTIONS_ENCRYPTION_KEY']

/** Starts the production server as a deployment would, and waits for it to exit (or 20 s). */
async function startServer(env: NodeJS.ProcessEnv) {
  const port = await freePort()
  const { command, args } = appServerCommand(port)
  const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] })
  let stderr = ''
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
  const started = Date.now()
  const code = await new Promise<number | null>((resolve) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      resolve(null)
    }, 20_000)
    child.once('exit', (exitCode) => {
      clearTimeout(timer)
      resolve(exitCode)
    })
  })
  const answered = await fetch(`http://127.0.0.1:${port}/next/health`).then(
    () => true,
    () => false,
  )
  return { code, stderr: stderr.trim(), ms: Date.now() - started, answered }
}

/**
 * An instance joining a multi-instance deployment (REDIS_URL set) with a secret of its own
 * would sign sessions others reject, or refuse the preview links and forms they hand out. It
 * must not start at all, and say in one line what is missing.
 */
describe('starting an instance of several without the shared secrets', () => {
  const env = (without: string[]): NodeJS.ProcessEnv => {
    const e: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: 'production',
      REDIS_URL: 'redis://127.0.0.1:6379/5',
    }
    for (const name of without) delete e[name]
    return e
  }

  it('exits at once without PREVIEW_SECRET, with one line naming it', async () => {
    const { code, stderr, ms, answered } = await startServer(env(['PREVIEW_SECRET']))
    expect(code).toBe(1)
    expect(stderr.split('\n')).toHaveLength(1)
    expect(stderr).toMatch(/PREVIEW_SECRET/)
    for (const other of SHARED.filter((n) => n !== 'PREVIEW_SECRET')) expect(stderr).not.toContain(other)
    expect(answered).toBe(false)
    expect(ms).toBeLessThan(5000) // before Next or Payload boots
  })

  it('names every missing secret in that one line', async () => {
    const { code, stderr } = await startServer(env(SHARED))
    expect(code).toBe(1)
    expect(stderr.split('\n')).toHaveLength(1)
    for (const name of SHARED) expect(stderr).toContain(name)
  })

  it('refuses a server actions key Next cannot use', async () => {
    const e = env([])
    e.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY = 'not-a-key'
    const { code, stderr } = await startServer(e)
    expect(code).toBe(1)
    expect(stderr).toMatch(/NEXT_SERVER_ACTIONS_ENCRYPTION_KEY must be the base64 of 16, 24 or 32/)
  })
})

describe('npm start with REDIS_URL set', () => {
  const saved = { ...process.env }
  afterEach(() => {
    for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key]
    Object.assign(process.env, saved)
  })

  it('stops with the same line instead of making up secrets in .data/', async () => {
    process.env.REDIS_URL = 'redis://127.0.0.1:6379/5'
    delete process.env.REVALIDATE_SECRET
    const file = path.resolve('.data/revalidate_secret.txt')
    const existed = existsSync(file)
    await expect(prepare('unused')).rejects.toThrow(/^REDIS_URL is set .* but REVALIDATE_SECRET is not/)
    expect(existsSync(file)).toBe(existed)
  })
})
