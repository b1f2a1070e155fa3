import { randomUUID } from 'node:crypto'

import { describe, expect, it } from 'vitest'

import { sendToOutbox } from '@/lib/email/outbox'
import { erasePerson } from '@/lib/leads/erase'
import { deleteOldSpam } from '@/lib/leads/retention'

import { testPayload } from './support/payload'
import { hoursAgo, makeLead, seededUser } from './support/triageLeads'
import { postgres } from '@/lib/db/postgres'

const exists = async (id: number) =>
  (await (await testPayload()).find({ collection: 'leads', where: { id: { equals: id } } })).totalDocs === 1

describe('retention', () => {
  it('deletes spam leads older than 30 days and keeps everything else', async () => {
    const payload = await testPayload()
    const oldSpam = await makeLead(payload, { spam: true, status: 'spam', receivedAt: hoursAgo(31 * 24) })
    const oldFiled = await makeLead(payload, { status: 'spam', receivedAt: hoursAgo(45 * 24) })
    const youngSpam = await makeLead(payload, { spam: true, status: 'spam', receivedAt: hoursAgo(29 * 24) })
    const oldGenuine = await makeLead(payload, { receivedAt: hoursAgo(200 * 24) })

    const deleted = await deleteOldSpam(payload)
    expect(deleted).toBeGreaterThanOrEqual(2)
    expect(await exists(oldSpam.id)).toBe(false)
    expect(await exists(oldFiled.id)).toBe(false)
    expect(await exists(youngSpam.id)).toBe(true)
    expect(await exists(oldGenuine.id)).toBe(true)
  })

  it('runs as the scheduled purgeSpamLeads job on the maintenance queue', async () => {
    const payload = await testPayload()
    const task = payload.config.jobs.tasks?.find((t) => t.slug === 'purgeSpamLeads')
    expect(task?.schedule?.[0]).toMatchObject({ cron: '10 3 * * *', queue: 'maintenance' })

    const oldSpam = await makeLead(payload, { spam: true, status: 'spam', receivedAt: hoursAgo(40 * 24) })
    await payload.jobs.queue({ task: 'purgeSpamLeads', input: {}, queue: 'maintenance' })
    await payload.jobs.run({ queue: 'maintenance' })
    expect(await exists(oldSpam.id)).toBe(false)
  })

  it('the same job deletes the enquiry limit counters whose window has ended, and keeps the running ones', async () => {
    const payload = await testPayload()
    const { pool } = postgres(payload)
    const [ended, running] = [`test-ended-${randomUUID()}`, `test-running-${randomUUID()}`]
    // The limit in force here is the default, 5 per 600 s.
    await pool.query(
      `INSERT INTO lead_rate_limits (key, window_start, count, updated_at, created_at)
       VALUES ($1, now() - interval '11 minutes', 5, now(), now()), ($2, now() - interval '1 minute', 5, now(), now())`,
      [ended, running],
    )
    await payload.jobs.queue({ task: 'purgeSpamLeads', input: {}, queue: 'maintenance' })
    await payload.jobs.run({ queue: 'maintenance' })
    const { rows } = await pool.query<{ key: string }>(
      'SELECT key FROM lead_rate_limits WHERE key = ANY($1)',
      [[ended, running]],
    )
    expect(rows.map((r) => r.key)).toEqual([running])
  })

  it("erases one person's leads (their notes with them) and nobody else's", async () => {
    const payload = await testPayload()
    const sales = await seededUser(payload, 'sales')
    const email = `erase.me.${Date.now()}@contoso.example`
    const a = await makeLead(payload, { email })
    const b = await makeLead(payload, { email: email.toUpperCase() })
    const colleagueEmail = `colleague.${Date.now()}@contoso.example`
    const colleague = await makeLead(payload, { email: colleagueEmail })
    await payload.update({
      collection: 'leads',
      id: a.id,
      data: { newNote: 'Prefers email.' } as object,
      user: { ...sales, collection: 'users' },
      overrideAccess: false,
    })

    // Their emails kept in the development outbox: the confirmation to them, the sales
    // notification replying to them; and a colleague's, which must stay.
    const outboxEmail = async (key: string, to: string, replyTo?: string): Promise<number> => {
      const sent = await sendToOutbox(payload, {
        from: 'Paiteq <hello@paiteq.example>',
        to: [to],
        replyTo,
        subject: 'About your enquiry',
        text: 'Thank you.',
        html: '<p>Thank you.</p>',
        idempotencyKey: `${key}-${Date.now()}`,
        kind: 'confirmation',
      })
      if (!sent.ok || sent.via !== 'outbox') throw new Error('Not kept in the outbox.')
      return Number(sent.id.replace('outbox-', ''))
    }
    const theirs = [
      await outboxEmail('erase-confirmation', email.toUpperCase()),
      await outboxEmail('erase-sales', 'sales@paiteq.example', email),
    ]
    const colleagues = await outboxEmail('erase-colleague', colleagueEmail)
    const outboxHas = async (id: number) =>
      (await payload.count({ collection: 'email-outbox', where: { id: { equals: id } } })).totalDocs === 1

    const savedExport = await payload.create({
      collection: 'exports',
      data: { name: `erase-${Date.now()}`, collectionSlug: 'leads', format: 'csv' },
      user: { ...sales, collection: 'users' },
    })

    const result = await erasePerson(payload, ` ${email} `)
    expect(result.leads).toBe(2)
    expect(result.records.exports).toBeGreaterThanOrEqual(1)
    expect(result.records['email-outbox']).toBe(2)
    for (const id of theirs) expect(await outboxHas(id)).toBe(false)
    expect(await outboxHas(colleagues)).toBe(true)
    expect(
      (await payload.count({ collection: 'exports', where: { id: { equals: savedExport.id } } })).totalDocs,
    ).toBe(0)
    expect(await exists(a.id)).toBe(false)
    expect(await exists(b.id)).toBe(false)
    expect(await exists(colleague.id)).toBe(true)
    const left = await payload.find({ collection: 'leads', where: { email: { like: email } } })
    expect(left.totalDocs).toBe(0)
  })
})
