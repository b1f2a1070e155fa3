import { spawnSync } from 'node:child_process'
import { randomInt } from 'node:crypto'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { appServerCommand } from '@/lib/runtime/server'

import { startAppInstance, type AppInstance } from '../support/appInstance'
import { postFrom, uniqueLoopback } from '../support/fromAddress'
import { postLead, uniqueIp, validLead } from '../support/leads'

/**
 * An attacker who names their own address in X-Forwarded-For to get past the enquiry limit
 * (LEAD_RATE_LIMIT, 5 per 10 minutes in the tests). Whatever the header says, the limit
 * counts the address TRUSTED_PROXY_HOPS designates.
 */
const madeUp = () => `203.0.${randomInt(256)}.${randomInt(1, 255)}`
const LIMIT = 5

async function statusesOf(send: (i: number) => Promise<{ status: number }>, count: number) {
  const statuses: number[] = []
  for (let i = 0; i < count; i++) statuses.push((await send(i)).status)
  return statuses
}

const fiveThenRefused = [...Array<number>(LIMIT).fill(201), 429, 429]

describe('an attacker exposed directly to the app (TRUSTED_PROXY_HOPS unset: 0)', () => {
  let app: AppInstance
  beforeAll(async () => {
    app = await startAppInstance({ TRUSTED_PROXY_HOPS: '', JOBS_AUTORUN: '0' })
  })
  afterAll(() => app?.stop())

  it('is one client whatever X-Forwarded-For says: 7 made-up addresses hit the limit after 5', async () => {
    const attacker = uniqueLoopback()
    const statuses = await statusesOf(
      async () =>
        postFrom(attacker, `${app.url}/start-a-project/submit`, await validLead(), {
          'x-forwarded-for': madeUp(),
          'x-real-ip': madeUp(),
        }),
      7,
    )
    expect(statuses).toEqual(fiveThenRefused)
    // Someone else, connecting from another address, is not held back by it.
    const other = await postFrom(uniqueLoopback(), `${app.url}/start-a-project/submit`, await validLead(), {
      'x-forwarded-for': madeUp(),
    })
    expect(other.status).toBe(201)
  })
})

describe('behind one trusted proxy (TRUSTED_PROXY_HOPS=1, the test app)', () => {
  it('limits the address the proxy appended, not the ones the client wrote before it', async () => {
    const visitor = uniqueIp()
    // The test is the proxy: it appends the address it saw after whatever the client sent.
    const statuses = await statusesOf(
      async () => postLead(await validLead(), { ip: `${madeUp()}, ${visitor}` }),
      7,
    )
    expect(statuses).toEqual(fiveThenRefused)
  })
})

describe('behind two trusted proxies (TRUSTED_PROXY_HOPS=2)', () => {
  let app: AppInstance
  beforeAll(async () => {
    app = await startAppInstance({ TRUSTED_PROXY_HOPS: '2', JOBS_AUTORUN: '0' })
  })
  afterAll(() => app?.stop())

  // The test is the outer proxy's neighbour: the first proxy appended the visitor, the second
  // (this socket) appended the first proxy.
  const viaTwoProxies = async (visitor: string) =>
    fetch(`${app.url}/start-a-project/submit`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': `${madeUp()}, ${visitor}, 10.0.0.2` },
      body: JSON.stringify(await validLead()),
    })

  it('gives each visitor a bucket of their own, not one shared by everyone behind the proxies', async () => {
    const first = uniqueIp()
    const second = uniqueIp()
    expect(await statusesOf(() => viaTwoProxies(first), 7)).toEqual(fiveThenRefused)
    expect((await viaTwoProxies(second)).status).toBe(201)
  })
})

describe('a malformed TRUSTED_PROXY_HOPS', () => {
  it('stops the server before it starts, with one sentence', () => {
    const { command, args } = appServerCommand(0)
    const result = spawnSync(command, args, {
      env: { ...process.env, TRUSTED_PROXY_HOPS: 'two' },
      encoding: 'utf8',
      timeout: 30_000,
    })
    expect(result.status).toBe(1)
    expect(result.stderr.trim()).toBe(
      'server: TRUSTED_PROXY_HOPS must be the number of proxies in front of the app (0, 1, 2…), not "two".',
    )
  })
})
