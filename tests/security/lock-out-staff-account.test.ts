import { describe, expect, it } from 'vitest'

import { LOGIN_LIMITS } from '@/lib/security/loginThrottle'
import { DEV_DEFAULTS } from '@/lib/env/seedUsers'

import { graphql } from '../support/api'
import { appUrl } from '../support/context'
import { uniqueIp } from '../support/leads'

/**
 * A stranger who types wrong passwords for a staff account, hoping to lock its owner out.
 * The test app trusts one proxy (TRUSTED_PROXY_HOPS=1): the X-Forwarded-For a test sends is
 * the address the stranger or the staff member connects from.
 */
const SALES = DEV_DEFAULTS.sales

const login = (from: string, email: string, password: string) =>
  fetch(appUrl('/api/users/login'), {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': from },
    body: JSON.stringify({ email, password }),
  })

describe("a stranger's wrong passwords for a staff account", () => {
  it('slow the stranger down (429, Retry-After, one sentence) while the staff member signs in from elsewhere', async () => {
    const stranger = uniqueIp()
    const failures = LOGIN_LIMITS.account.count
    for (let i = 0; i < failures; i++) {
      expect((await login(stranger, SALES.email, `guess-${i}`)).status).toBe(401)
    }

    const refused = await login(stranger, SALES.email, 'guess-again')
    expect(refused.status).toBe(429)
    const retryAfter = Number(refused.headers.get('retry-after'))
    expect(retryAfter).toBeGreaterThan(0)
    expect(retryAfter).toBeLessThanOrEqual(LOGIN_LIMITS.account.seconds)
    const { errors } = (await refused.json()) as { errors: { message: string }[] }
    expect(errors).toHaveLength(1)
    expect(errors[0]!.message).toMatch(
      /^Too many failed sign-ins from your address: try again in \d+ minutes?\.$/,
    )
    // Even the right password does not get through from there until the window ends.
    expect((await login(stranger, SALES.email, SALES.password)).status).toBe(429)

    // The staff member, from another address, is let in at once: the account is not locked.
    const staff = await login(uniqueIp(), SALES.email, SALES.password)
    expect(staff.status).toBe(200)
    expect(((await staff.json()) as { user: { email: string } }).user.email).toBe(SALES.email)
  })

  it('count over GraphQL as over REST: the same address is refused there too', async () => {
    const stranger = uniqueIp()
    for (let i = 0; i < LOGIN_LIMITS.account.count; i++) {
      expect((await login(stranger, SALES.email, `guess-${i}`)).status).toBe(401)
    }
    const query = `mutation ($email: String!, $password: String!) {
      loginUser(email: $email, password: $password) { token }
    }`
    const refused = await graphql<{ loginUser: { token: string } | null }>(
      query,
      { email: SALES.email, password: 'guess-over-graphql' },
      { 'x-forwarded-for': stranger },
    )
    expect(refused.errors?.[0]?.message).toMatch(/^Too many failed sign-ins from your address/)
    expect(refused.data?.loginUser ?? null).toBeNull()

    const staff = await graphql<{ loginUser: { token: string } | null }>(query, SALES, {
      'x-forwarded-for': uniqueIp(),
    })
    expect(staff.errors).toBeUndefined()
    expect(staff.data?.loginUser?.token).toBeTruthy()
  })

  it('are what counts: successful sign-ins in between use none of the budget', async () => {
    const staffAddress = uniqueIp()
    // Four typos and a success, twice: ten sign-ins, eight of them failures.
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < 4; i++)
        expect((await login(staffAddress, SALES.email, `typo-${i}`)).status).toBe(401)
      expect((await login(staffAddress, SALES.email, SALES.password)).status).toBe(200)
    }
    // The rest of the budget is still there; the attempt after it is refused.
    for (let i = 8; i < LOGIN_LIMITS.account.count; i++) {
      expect((await login(staffAddress, SALES.email, `typo-${i}`)).status).toBe(401)
    }
    expect((await login(staffAddress, SALES.email, 'typo-c')).status).toBe(429)
  })
})
