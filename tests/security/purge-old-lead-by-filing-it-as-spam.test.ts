import { describe, expect, it } from 'vitest'

import { testPayload } from '../support/payload'
import { hoursAgo, makeLead, seededUser } from '../support/triageLeads'
import { postgres } from '@/lib/db/postgres'

const exists = async (id: number) =>
  (await (await testPayload()).count({ collection: 'leads', where: { id: { equals: id } } })).totalDocs === 1

const runRetentionJob = async () => {
  const payload = await testPayload()
  await payload.jobs.queue({ task: 'purgeSpamLeads', input: {}, queue: 'maintenance' })
  await payload.jobs.run({ queue: 'maintenance' })
}

/**
 * A salesperson (or anyone with their session) files an old, genuine lead as spam: the
 * nightly retention job used to delete it that very night, because it counted 30 days from
 * when the lead arrived. Now it counts from when the lead became spam.
 */
describe('getting an old lead purged overnight by filing it as spam', () => {
  it('keeps a lead received 40 days ago and filed as spam today, and deletes those spam for over 30 days', async () => {
    const payload = await testPayload()
    const sales = { ...(await seededUser(payload, 'sales')), collection: 'users' as const }

    const filedToday = await makeLead(payload, { receivedAt: hoursAgo(40 * 24) })
    await payload.update({
      collection: 'leads',
      id: filedToday.id,
      data: { status: 'spam' },
      user: sales,
      overrideAccess: false,
    })

    const flaggedOnArrival = await makeLead(payload, {
      spam: true,
      status: 'spam',
      receivedAt: hoursAgo(31 * 24),
    })

    // Filed as spam by sales 31 days ago (its history entry is moved back in time).
    const filedLongAgo = await makeLead(payload, { receivedAt: hoursAgo(60 * 24) })
    await payload.update({
      collection: 'leads',
      id: filedLongAgo.id,
      data: { status: 'spam' },
      user: sales,
      overrideAccess: false,
    })
    const { pool } = postgres(payload)
    await pool.query(`UPDATE leads_activity SET at = $2 WHERE _parent_id = $1 AND "to" = 'spam'`, [
      filedLongAgo.id,
      hoursAgo(31 * 24),
    ])

    // Rescued, then filed again today: the latest filing counts.
    const refiled = await makeLead(payload, { spam: true, status: 'spam', receivedAt: hoursAgo(50 * 24) })
    await payload.update({
      collection: 'leads',
      id: refiled.id,
      data: { status: 'new' },
      user: sales,
      overrideAccess: false,
    })
    await payload.update({
      collection: 'leads',
      id: refiled.id,
      data: { status: 'spam' },
      user: sales,
      overrideAccess: false,
    })

    await runRetentionJob()

    expect(await exists(filedToday.id)).toBe(true)
    expect(await exists(refiled.id)).toBe(true)
    expect(await exists(flaggedOnArrival.id)).toBe(false)
    expect(await exists(filedLongAgo.id)).toBe(false)
  })
})
