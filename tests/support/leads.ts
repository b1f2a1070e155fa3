import { randomInt, randomUUID } from 'node:crypto'

import type { Lead } from '@/payload-types'

import { appUrl } from './context'
import { eventually } from './html'
import { testPayload } from './payload'

/** A different client address per test, so the per-IP limit of one test never trips another. */
export const uniqueIp = () => `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`

/** A complete, valid enquiry as the enhanced form sends it, with a unique email to find it by. */
export async function validLead(overrides: Record<string, unknown> = {}): Promise<Record<string, unknown>> {
  const payload = await testPayload()
  const { docs: areas } = await payload.find({ collection: 'service-areas', limit: 2, depth: 0 })
  const tag = randomUUID().slice(0, 8)
  return {
    name: 'Ada Lovelace',
    email: `ada.${tag}@example.com`,
    company: 'Analytical Engines Ltd',
    role: 'Head of ML',
    areas: areas.map((a) => String(a.id)),
    cloud: 'gcp',
    timeline: '1-3-months',
    message: 'Our drift alerts fire too late.\nWe want PSI on the top features.',
    consent: true,
    submissionId: randomUUID(),
    startedAt: Date.now() - 20_000,
    website: '',
    utmSource: 'newsletter',
    utmCampaign: 'autumn',
    referrer: 'https://news.example/mlops',
    landingPath: '/start-a-project',
    decideOutcome: 'platform',
    ...overrides,
  }
}

export async function postLead(
  body: unknown,
  opts: { ip?: string; raw?: string; contentType?: string } = {},
): Promise<{ status: number; headers: Headers; json: Record<string, unknown> }> {
  const res = await fetch(appUrl('/start-a-project/submit'), {
    method: 'POST',
    headers: {
      'content-type': opts.contentType ?? 'application/json',
      'x-forwarded-for': opts.ip ?? uniqueIp(),
      'user-agent': 'lead-tests/1.0',
    },
    body: opts.raw ?? JSON.stringify(body),
  })
  const text = await res.text()
  let json: Record<string, unknown> = {}
  try {
    json = JSON.parse(text) as Record<string, unknown>
  } catch {
    json = { text }
  }
  return { status: res.status, headers: res.headers, json }
}

export async function leadsByEmail(email: string): Promise<Lead[]> {
  const payload = await testPayload()
  const { docs } = await payload.find({ collection: 'leads', where: { email: { equals: email } }, depth: 0 })
  return docs
}

export async function leadByReference(reference: string): Promise<Lead | undefined> {
  const payload = await testPayload()
  const { docs } = await payload.find({
    collection: 'leads',
    where: { reference: { equals: reference } },
    depth: 0,
  })
  return docs[0]
}

/** Waits until both emails of a lead are marked sent (the job runner of the app did it). */
export async function waitForSent(reference: string, timeoutMs = 20_000): Promise<Lead> {
  let lead: Lead | undefined
  await eventually(
    async () => {
      lead = await leadByReference(reference)
      return lead?.salesNotification?.state === 'sent' && lead?.confirmation?.state === 'sent'
    },
    timeoutMs,
    250,
  )
  return lead!
}

/**
 * Waits until the queue holds no email job of this lead that could still run (none waiting, none running; one
 * that failed for good stays), so a test can then check every call the provider got: no further send can
 * come. A condition to wait for, rather than a pause after which "nothing more happened" is hoped to hold.
 */
export async function waitForLeadEmailsSettled(reference: string, timeoutMs = 20_000): Promise<void> {
  const payload = await testPayload()
  const lead = await leadByReference(reference)
  if (!lead) throw new Error(`No lead ${reference}.`)
  await eventually(
    async () => {
      const { docs } = await payload.find({
        collection: 'payload-jobs',
        where: { and: [{ taskSlug: { equals: 'sendLeadEmail' } }, { hasError: { not_equals: true } }] },
        pagination: false,
        depth: 0,
      })
      return !docs.some((job) => leadIdOfJob(job.input) === lead.id)
    },
    timeoutMs,
    100,
  )
}

const leadIdOfJob = (input: unknown): number | null =>
  typeof input === 'object' && input !== null && 'leadId' in input ? Number(input.leadId) : null
