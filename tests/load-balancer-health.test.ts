import net from 'node:net'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { freePort } from '@/lib/runtime/port'

import {
  startAppInstance,
  proxiedDatabase,
  type AppInstance,
  type DatabaseProxy,
} from './support/appInstance'
import { appUrl, testContext } from './support/context'

const SECRETS = ['test-payload-secret', 'test-preview-secret', 'test-revalidate-secret']

/** What a load balancer sees: status, body, and whether anything may cache the answer. */
async function probe(url: string) {
  // A probe left hanging fails the test here: a load balancer needs an answer, not a timing figure.
  const res = await fetch(url, { signal: AbortSignal.timeout(10_000) })
  const text = await res.text()
  return {
    status: res.status,
    text,
    body: JSON.parse(text) as { status: string; failed?: string[] },
    cacheControl: res.headers.get('cache-control') ?? '',
  }
}

describe('health and readiness for a load balancer', () => {
  it('answers /next/health 200 while the process serves, uncached and with the security headers', async () => {
    const res = await fetch(appUrl('/next/health'))
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toContain('no-store')
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'")
  })

  it('answers /next/ready 200 when Postgres answers, every time (nothing cached)', async () => {
    for (let i = 0; i < 3; i++) {
      const res = await probe(appUrl('/next/ready'))
      expect(res.status).toBe(200)
      expect(res.body.status).toBe('ready')
      expect(res.cacheControl).toContain('no-store')
    }
  })

  describe('an instance whose database goes away', () => {
    let proxy: DatabaseProxy
    let app: AppInstance

    beforeAll(async () => {
      proxy = await proxiedDatabase(testContext().databaseUrl)
      app = await startAppInstance({ DATABASE_URL: proxy.url, JOBS_AUTORUN: '0' })
    })
    afterAll(async () => {
      await app?.stop()
      await proxy?.close()
    })

    it('is ready, then answers 503 naming postgres (rather than hanging) while alive, then ready again', async () => {
      expect((await probe(`${app.url}/next/ready`)).status).toBe(200)

      proxy.cut()
      const down = await probe(`${app.url}/next/ready`)
      expect(down.status).toBe(503)
      expect(down.body).toEqual({ status: 'unavailable', failed: ['postgres'] })
      expect(down.cacheControl).toContain('no-store')
      for (const secret of [...SECRETS, String(proxy.port), 'password'])
        expect(down.text).not.toContain(secret)
      expect((await probe(`${app.url}/next/health`)).status).toBe(200)

      proxy.restore()
      expect((await probe(`${app.url}/next/ready`)).status).toBe(200)
    })
  })

  describe('an instance whose Redis does not answer', () => {
    let app: AppInstance
    let closedPort: number

    beforeAll(async () => {
      closedPort = await freePort() // nothing listens there
      app = await startAppInstance({ REDIS_URL: `redis://127.0.0.1:${closedPort}/5`, JOBS_AUTORUN: '0' })
    })
    afterAll(async () => {
      await app?.stop()
    })

    it('answers 503 naming redis (rather than hanging), and 200 once Redis is there', async () => {
      const down = await probe(`${app.url}/next/ready`)
      expect(down.status).toBe(503)
      expect(down.body).toEqual({ status: 'unavailable', failed: ['redis'] })
      expect(down.text).not.toContain(String(closedPort))
      expect((await probe(`${app.url}/next/health`)).status).toBe(200)

      // The machine's Redis appears on that port: the instance reconnects by itself.
      const redis = net.createServer((client) => {
        const upstream = net.connect(testContext().redis.port, testContext().redis.host)
        client.pipe(upstream).pipe(client)
        client.on('error', () => upstream.destroy()).on('close', () => upstream.destroy())
        upstream.on('error', () => client.destroy())
      })
      await new Promise<void>((r) => redis.listen(closedPort, '127.0.0.1', r))
      try {
        let status = 0
        for (let i = 0; i < 30 && status !== 200; i++) {
          status = (await probe(`${app.url}/next/ready`)).status
          if (status !== 200) await new Promise((r) => setTimeout(r, 500))
        }
        expect(status).toBe(200)
      } finally {
        await app.stop() // its connection goes through the stand-in
        await new Promise((r) => redis.close(r))
      }
    })
  })
})
