import { randomUUID } from 'node:crypto'

import { afterEach, describe, expect, it } from 'vitest'

import { graphql, signIn } from '../support/api'
import { appUrl } from '../support/context'
import { fakeResend } from '../support/fakeResend'
import { eventually } from '../support/html'
import { uniqueIp } from '../support/leads'
import { testPayload } from '../support/payload'
import { first } from '../support/first'

/**
 * An attacker who wants to learn which emails are staff accounts, from the answers of
 * "forgot password" and of sign-in: their status, body, or timing.
 */
const post = (path: string, body: object, from = uniqueIp()) =>
  fetch(appUrl(path), {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': from },
    body: JSON.stringify(body),
  })

/** A staff account of its own, so resets and password changes leave the seeded ones alone. */
async function newStaffUser(): Promise<string> {
  const email = `enum.${randomUUID().slice(0, 8)}@paiteq.example`
  const payload = await testPayload()
  await payload.create({
    collection: 'users',
    data: { email, password: 'a-long-password-1', role: 'marketing' },
  })
  return email
}

const unknownEmail = () => `nobody.${randomUUID().slice(0, 8)}@paiteq.example`

type Job = { id: number; input: { to: string }; log?: { state: string; error?: unknown }[] | null }

/** The account-email jobs for `email`, as `as` reads them through the REST API. */
async function accountJobs(email: string, as: Record<string, string>) {
  const res = await fetch(
    appUrl('/api/payload-jobs?where[taskSlug][equals]=sendAccountEmail&sort=-createdAt&limit=100&depth=0'),
    { headers: as },
  )
  if (res.status !== 200) return { status: res.status, jobs: [] as Job[] }
  const { docs } = (await res.json()) as { docs: Job[] }
  return { status: res.status, jobs: docs.filter((j) => j.input.to === email) }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN

async function timed(send: () => Promise<Response>): Promise<{ ms: number; status: number }> {
  const started = performance.now()
  const res = await send()
  await res.arrayBuffer()
  return { ms: performance.now() - started, status: res.status }
}

describe('forgot-password while the email provider fails', () => {
  afterEach(() => fakeResend.setMode({ kind: 'ok' }))

  it('answers a staff email and an unknown one alike, and the reset arrives once the provider is back', async () => {
    const staff = await newStaffUser()
    await fakeResend.setMode({ kind: '500' })

    const forStaff = await post('/api/users/forgot-password', { email: staff })
    const forNobody = await post('/api/users/forgot-password', { email: unknownEmail() })
    expect(forStaff.status).toBe(200)
    expect(forNobody.status).toBe(forStaff.status)
    expect(await forNobody.text()).toBe(await forStaff.text())

    // GraphQL answers alike too.
    const mutation = 'mutation ($email: String!) { forgotPasswordUser(email: $email) }'
    const gqlStaff = await graphql(mutation, { email: await newStaffUser() })
    const gqlNobody = await graphql(mutation, { email: unknownEmail() })
    expect(gqlStaff.errors).toBeUndefined()
    expect(gqlNobody).toEqual(gqlStaff)

    // The send failed in the background, and an admin can see it; sales and marketing cannot.
    const admin = await signIn('admin')
    await eventually(
      async () =>
        (await accountJobs(staff, admin)).jobs.some((j) => j.log?.some((l) => l.state === 'failed')),
      15_000,
      250,
    )
    const job = first((await accountJobs(staff, admin)).jobs)
    expect(JSON.stringify(job.log)).toMatch(/not sent/)
    for (const role of ['sales', 'marketing'] as const) {
      const seen = await accountJobs(staff, await signIn(role))
      expect(seen.status, role).toBe(403)
      expect(seen.jobs).toHaveLength(0)
    }
    expect((await fakeResend.read()).emails.some((e) => e.to.includes(staff))).toBe(false)

    // The provider recovers: the retry delivers the reset link.
    await fakeResend.setMode({ kind: 'ok' })
    await eventually(
      async () => (await fakeResend.read()).emails.some((e) => e.to.includes(staff)),
      30_000,
      250,
    )
    const sent = (await fakeResend.read()).emails.filter((e) => e.to.includes(staff))
    expect(sent).toHaveLength(1)
    expect(sent[0]!.html).toMatch(/\/admin\/reset\/[A-Za-z0-9]+/)
  })
})

describe('timing', () => {
  const ROUNDS = 9

  it('of a wrong password for a staff account and of an unknown email is the same, within a factor of 2', async () => {
    const known: number[] = []
    const unknown: number[] = []
    // Interleaved, each from an address of its own (no throttling in the way).
    for (let i = 0; i < ROUNDS; i++) {
      const a = await timed(() =>
        post('/api/users/login', { email: 'sales@paiteq.example', password: `wrong-${i}` }),
      )
      const b = await timed(() => post('/api/users/login', { email: unknownEmail(), password: `wrong-${i}` }))
      expect([a.status, b.status]).toEqual([401, 401])
      known.push(a.ms)
      unknown.push(b.ms)
    }
    const ratio = median(known) / median(unknown)
    console.log(
      `login median: known ${median(known).toFixed(0)} ms, unknown ${median(unknown).toFixed(0)} ms`,
    )
    expect(ratio).toBeGreaterThan(0.5)
    expect(ratio).toBeLessThan(2)
  })

  it('of forgot-password for a staff email and for an unknown one is the same, within a factor of 2', async () => {
    const known: number[] = []
    const unknown: number[] = []
    for (let i = 0; i < ROUNDS; i++) {
      const staff = await newStaffUser()
      const a = await timed(() => post('/api/users/forgot-password', { email: staff }))
      const b = await timed(() => post('/api/users/forgot-password', { email: unknownEmail() }))
      expect([a.status, b.status]).toEqual([200, 200])
      known.push(a.ms)
      unknown.push(b.ms)
    }
    const ratio = median(known) / median(unknown)
    console.log(
      `forgot-password median: known ${median(known).toFixed(0)} ms, unknown ${median(unknown).toFixed(0)} ms`,
    )
    expect(ratio).toBeGreaterThan(0.5)
    expect(ratio).toBeLessThan(2)
  })
})
