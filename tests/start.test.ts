import { spawnSync } from 'node:child_process'
import net from 'node:net'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { freePort } from '@/lib/runtime/port'

const start = (env: Record<string, string>) =>
  spawnSync(path.resolve('node_modules/.bin/tsx'), ['scripts/start.ts'], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 60_000,
  })

describe('npm start', () => {
  it('says in one line that the port is taken', async () => {
    const server = net.createServer()
    await new Promise<void>((r) => server.listen(0, r))
    const { port } = server.address() as net.AddressInfo
    try {
      const result = start({ PORT: String(port) })
      expect(result.status).toBe(1)
      expect(result.stderr.trim()).toBe(
        `npm start: Port ${port} is already in use: stop what runs there or start with another PORT.`,
      )
    } finally {
      server.close()
    }
  })

  it('says in one line that the database cannot be reached', async () => {
    const result = start({
      PORT: String(await freePort()),
      DATABASE_URL: 'postgres://postgres@127.0.0.1:1/nowhere',
    })
    expect(result.status).toBe(1)
    const lines = result.stderr.trim().split('\n')
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(
      /^npm start: Cannot reach the database at postgres:\/\/postgres@127\.0\.0\.1:1\/nowhere: .*Check DATABASE_URL\.$/,
    )
  })
})
