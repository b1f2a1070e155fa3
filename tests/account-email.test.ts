import { randomUUID } from 'node:crypto'

import { afterEach, describe, expect, it } from 'vitest'

import type { Role } from '@/lib/access/roles'

import { signIn } from './support/api'
import { appUrl } from './support/context'
import { fakeResend } from './support/fakeResend'
import { eventually } from './support/html'
import { withoutResendKey } from './support/mailEnv'
import { testPayload } from './support/payload'

const post = (path: string, body: object) =>
  fetch(appUrl(path), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })

/** A staff account of its own, so changing its password leaves the seeded ones alone. */
async function newStaffUser(password: string): Promise<string> {
  const email = `reset.${randomUUID().slice(0, 8)}@paiteq.example`
  const payload = await testPayload()
  await payload.create({ collection: 'users', data: { email, password, role: 'marketing' } })
  return email
}

const resetLink = /\/admin\/reset\/([A-Za-z0-9]+)/

describe('a forgotten password', () => {
  afterEach(() => fakeResend.setMode({ kind: 'ok' }))

  it('sends a reset link through the email provider, and the link sets a new password', async () => {
    const email = await newStaffUser('old-password-1')
    const asked = await post('/api/users/forgot-password', { email })
    expect(asked.status).toBe(200)

    const sentTo = async () => (await fakeResend.read()).emails.find((e) => e.to.includes(email))
    await eventually(async () => Boolean(await sentTo()), 10_000, 200)
    const sent = await sentTo()
    expect(sent?.subject).toMatch(/reset/i)
    const token = resetLink.exec(sent!.html)?.[1]
    expect(token, sent!.html).toBeTruthy()
    // Our template (lib/email/templates/PasswordReset.tsx): the link, on the configured server,
    // is a real anchor; the plain-text body carries it too, for mail clients that show no HTML,
    // and no markup.
    const link = appUrl(`/admin/reset/${token}`)
    expect(sent!.html).toMatch(/^<!DOCTYPE html/)
    expect(sent!.html).toContain(`<a href="${link}"`)
    expect(sent!.text).toContain(link)
    expect(sent!.text).not.toMatch(/<\/?[a-z][^>]*>/i)

    const reset = await post('/api/users/reset-password', { token, password: 'new-password-2' })
    expect(reset.status).toBe(200)
    expect((await post('/api/users/login', { email, password: 'old-password-1' })).status).toBe(401)
    expect((await post('/api/users/login', { email, password: 'new-password-2' })).status).toBe(200)
  })

  // A refused send no longer fails the request: an error only for real accounts told an attacker
  // which emails are staff (tests/security/enumerate-staff-accounts.test.ts). It is retried instead.
  it('answers as for any email when the provider refuses, and sends the link once it is back', async () => {
    const email = await newStaffUser('old-password-3')
    const refusals = async () => (await fakeResend.read()).attempts.filter((a) => a.answered === 500).length
    const before = await refusals()
    await fakeResend.setMode({ kind: '500' })
    const asked = await post('/api/users/forgot-password', { email })
    expect(asked.status).toBe(200)
    const attempted = async () => (await refusals()) > before
    await eventually(attempted, 10_000, 200)
    await fakeResend.setMode({ kind: 'ok' })
    await eventually(
      async () => (await fakeResend.read()).emails.some((e) => e.to.includes(email)),
      20_000,
      200,
    )
  })
})

describe('a forgotten password without RESEND_API_KEY', () => {
  withoutResendKey()

  it('files the reset email in the development outbox, where admins can read it and sales cannot', async () => {
    const email = await newStaffUser('old-password-4')
    const payload = await testPayload()
    await payload.forgotPassword({ collection: 'users', data: { email } })
    const { docs } = await payload.find({ collection: 'email-outbox', where: { to: { equals: email } } })
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({ kind: 'account' })
    expect(docs[0]!.text).toMatch(resetLink)

    const readAs = async (who: Role) =>
      fetch(appUrl(`/api/email-outbox/${docs[0]!.id}`), {
        headers: await signIn(who),
      })
    expect((await readAs('admin')).status).toBe(200)
    expect((await readAs('sales')).status).toBe(404)
  })
})
