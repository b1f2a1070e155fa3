import { randomUUID } from 'node:crypto'

import type { Payload, RequiredDataFromCollectionSlug } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Role } from '@/lib/access/roles'

import {
  asCaller,
  graphql,
  local,
  rest,
  signedInCaller,
  stored,
  storedCount,
  storedGlobal,
  type Caller,
  type Outcome,
  type Path,
} from './support/apiPaths'
import { makeLead, seededUser } from './support/triageLeads'
import { testPayload } from './support/payload'

/**
 * The access matrix: every role × collection or global × operation × path (REST against the
 * running production app, GraphQL against it, and the local API with `overrideAccess: false`).
 * Each cell makes the real request; an allowed cell checks the change happened, a refused
 * cell checks the status and that the database holds exactly what it held before.
 */

type Who = Caller['role']
/** allow: done; deny: refused; ignore: accepted but the protected field kept its value;
 * own: sees only their own document; published: sees published documents only. */
type Expect = 'allow' | 'deny' | 'ignore' | 'own' | 'published'
type Ctx = { id?: number; marker?: string; [key: string]: unknown }

type Spec = {
  target: string
  op: string
  expect: Record<Who, Expect>
  paths?: Path[]
  /** Status of a refusal, when it is not 403 (e.g. 404 for a document the caller cannot see). */
  denied?: Partial<Record<Who, number>>
  prepare?: (caller: Caller) => Promise<Ctx>
  run: Partial<Record<Path, (caller: Caller, ctx: Ctx) => Promise<Outcome>>>
  /** The stored state a refused or ignored request must leave unchanged. */
  snapshot: (ctx: Ctx) => Promise<unknown>
  /** For writes: did the intended change reach the database? */
  changed?: (ctx: Ctx) => Promise<boolean>
  /** For reads: the ids the caller got back. */
  ids?: (outcome: Outcome, path: Path) => number[]
  /** For reads: ids that must be in (`visible`) or out (`hidden`) of the answer for the expectation. */
  probe?: (ctx: Ctx, caller: Caller) => { visible: number[]; hidden: number[] }
}

const ROLES: Who[] = ['anonymous', 'admin', 'marketing', 'sales']
const PATHS: Path[] = ['rest', 'graphql', 'local']
const callers = {} as Record<Who, Caller>
let payload: Payload

const staff = (admin: Expect, marketing: Expect, sales: Expect, anonymous: Expect): Record<Who, Expect> => ({
  admin,
  marketing,
  sales,
  anonymous,
})

const docsIds = (outcome: Outcome, path: Path, gqlName: string): number[] => {
  const root = path === 'graphql' ? (outcome.data as Record<string, unknown> | null)?.[gqlName] : outcome.data
  return ((root as { docs?: { id: number }[] } | null)?.docs ?? []).map((d) => Number(d.id))
}

const leadData = (): RequiredDataFromCollectionSlug<'leads'> => ({
  reference: `PQ-MX-${randomUUID().slice(0, 8)}`,
  submissionId: randomUUID(),
  name: 'Mallory Matrix',
  email: `mallory.${randomUUID().slice(0, 6)}@matrix.example`,
  company: 'Matrix Ltd',
  consent: true,
  status: 'new',
  receivedAt: new Date().toISOString(),
})

/**
 * The scheduler's bookkeeping without what the running app's scheduler itself writes (its last run and the
 * time of that write): a refused forge must leave the rest exactly as it was, while the app's runner may tick
 * between the two reads.
 */
async function storedJobsStats(): Promise<unknown> {
  const snapshot = await storedGlobal(payload, 'payload-jobs-stats')
  return JSON.parse(JSON.stringify(snapshot), (key, value: unknown) =>
    key === 'scheduledRuns' || key === 'updatedAt' ? undefined : value,
  )
}

async function throwawayUser(role: Role = 'marketing') {
  return payload.create({
    collection: 'users',
    data: { email: `tmp.${randomUUID().slice(0, 8)}@paiteq.example`, password: 'throwaway-password', role },
  })
}

async function draftServiceArea(title = `Draft area ${randomUUID().slice(0, 6)}`) {
  return payload.create({
    collection: 'service-areas',
    data: { number: '99', code: 'TEST', title, body: 'Not for visitors.', _status: 'draft' },
    draft: true,
  })
}

async function mediaDoc() {
  const data = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#0a0a0a' } })
    .png()
    .toBuffer()
  return payload.create({
    collection: 'media',
    data: { alt: 'A dark square' },
    file: { data, mimetype: 'image/png', name: `square-${randomUUID().slice(0, 6)}.png`, size: data.length },
  })
}

/**
 * A lead as stored, less what the app's job runner writes meanwhile: the state of its two
 * emails (and the `updatedAt` that goes with it) changes as they are sent, whoever calls.
 * No API call can change those (collections/Leads/hooks/protectSystemFields.ts).
 */
const leadSnapshot = async (ctx: Ctx) => {
  const lead = (await stored(payload, 'leads', ctx.id!)) as Record<string, unknown> | null
  if (!lead) return null
  const { salesNotification: _sales, confirmation: _confirmation, updatedAt: _updatedAt, ...rest } = lead
  return rest
}

const outboxData = (key: string) => ({
  idempotencyKey: key,
  kind: 'confirmation',
  from: 'Paiteq <hello@paiteq.example>',
  to: `mallory.${key.slice(-6)}@matrix.example`,
  subject: 'About your enquiry',
  text: 'Thank you.',
})

/** An email as the mailer keeps it in the outbox (the mailer writes with access overridden). */
const outboxDoc = () =>
  payload.create({ collection: 'email-outbox', data: outboxData(`matrix-${randomUUID()}`) })

const rateLimitData = (key: string) => ({ key, windowStart: new Date().toISOString(), count: 3 })

/** A per-IP counter as `lib/leads/rateLimit.ts` keeps it. */
const rateLimitDoc = () =>
  payload.create({ collection: 'lead-rate-limits', data: rateLimitData(`matrix-${randomUUID()}`) })

/** A webhook endpoint as an admin makes it: a public address, switched off so the matrix's leads call nobody. */
const webhookData = (name: string) => ({
  name,
  url: 'https://93.184.215.14/matrix',
  events: ['lead.created' as const],
  active: false,
})

const webhookDoc = () =>
  payload.create({ collection: 'webhooks', data: webhookData(`matrix-${randomUUID()}`) })

/** One attempt in a webhook's delivery log, as the delivery job writes it. */
const deliveryDoc = async () =>
  payload.create({
    collection: 'webhook-deliveries',
    data: {
      webhook: (await webhookDoc()).id,
      event: `matrix-${randomUUID()}`,
      at: new Date().toISOString(),
      status: 200,
    },
  })

const SPECS: Spec[] = [
  // ── leads ────────────────────────────────────────────────────────────────────────────
  {
    target: 'leads',
    op: 'find',
    expect: staff('allow', 'deny', 'allow', 'deny'),
    prepare: async () => ({ id: (await makeLead(payload)).id }),
    run: {
      rest: (c) => rest(c, 'GET', '/leads?depth=0&limit=200&sort=-id'),
      graphql: (c) => graphql(c, '{ Leads(limit: 200, sort: "-id") { docs { id } } }'),
      local: (c) =>
        local(() => payload.find({ collection: 'leads', limit: 200, sort: '-id', ...asCaller(c) })),
    },
    ids: (o, p) => docsIds(o, p, 'Leads'),
    probe: (ctx) => ({ visible: [ctx.id!], hidden: [] }),
    snapshot: () => storedCount(payload, 'leads'),
  },
  {
    target: 'leads',
    op: 'create',
    expect: staff('deny', 'deny', 'deny', 'deny'),
    prepare: async () => ({ marker: leadData().reference }),
    run: {
      rest: (c, ctx) => rest(c, 'POST', '/leads', { ...leadData(), reference: ctx.marker }),
      graphql: (c, ctx) =>
        graphql(c, 'mutation($data: mutationLeadInput!) { createLead(data: $data) { id } }', {
          data: { ...leadData(), reference: ctx.marker },
        }),
      local: (c, ctx) =>
        local(() =>
          payload.create({
            collection: 'leads',
            data: { ...leadData(), reference: ctx.marker! },
            ...asCaller(c),
          }),
        ),
    },
    snapshot: () => storedCount(payload, 'leads'),
  },
  {
    target: 'leads',
    op: 'duplicate',
    expect: staff('deny', 'deny', 'deny', 'deny'),
    prepare: async () => ({ id: (await makeLead(payload)).id }),
    run: {
      rest: (c, ctx) => rest(c, 'POST', `/leads/${ctx.id}/duplicate`, {}),
      graphql: (c, ctx) =>
        graphql(
          c,
          'mutation($id: Int!, $data: mutationLeadInput!) { duplicateLead(id: $id, data: $data) { id } }',
          {
            id: ctx.id,
            data: leadData(),
          },
        ),
      local: (c, ctx) => local(() => payload.duplicate({ collection: 'leads', id: ctx.id!, ...asCaller(c) })),
    },
    snapshot: () => storedCount(payload, 'leads'),
  },
  {
    target: 'leads',
    op: 'update status',
    expect: staff('allow', 'deny', 'allow', 'deny'),
    prepare: async () => ({ id: (await makeLead(payload)).id }),
    run: {
      rest: (c, ctx) => rest(c, 'PATCH', `/leads/${ctx.id}`, { status: 'contacted' }),
      graphql: (c, ctx) =>
        graphql(c, 'mutation($id: Int!) { updateLead(id: $id, data: { status: contacted }) { id } }', {
          id: ctx.id,
        }),
      local: (c, ctx) =>
        local(() =>
          payload.update({ collection: 'leads', id: ctx.id!, data: { status: 'contacted' }, ...asCaller(c) }),
        ),
    },
    snapshot: leadSnapshot,
    changed: async (ctx) =>
      ((await stored(payload, 'leads', ctx.id!)) as { status: string }).status === 'contacted',
  },
  {
    target: 'leads',
    op: 'add a note',
    expect: staff('allow', 'deny', 'allow', 'deny'),
    prepare: async () => ({ id: (await makeLead(payload)).id, marker: `Note ${randomUUID().slice(0, 8)}` }),
    run: {
      rest: (c, ctx) => rest(c, 'PATCH', `/leads/${ctx.id}`, { newNote: ctx.marker }),
      graphql: (c, ctx) =>
        graphql(
          c,
          'mutation($id: Int!, $note: String!) { updateLead(id: $id, data: { newNote: $note }) { id } }',
          {
            id: ctx.id,
            note: ctx.marker,
          },
        ),
      local: (c, ctx) =>
        local(() =>
          payload.update({
            collection: 'leads',
            id: ctx.id!,
            data: { newNote: ctx.marker } as object,
            ...asCaller(c),
          }),
        ),
    },
    snapshot: leadSnapshot,
    changed: async (ctx) => {
      const lead = (await stored(payload, 'leads', ctx.id!)) as { notes?: { body: string; author: number }[] }
      return (
        lead.notes?.length === 1 &&
        lead.notes[0]!.body === ctx.marker &&
        typeof lead.notes[0]!.author === 'number'
      )
    },
  },
  {
    target: 'leads',
    op: 'assign an owner',
    expect: staff('allow', 'deny', 'allow', 'deny'),
    prepare: async () => ({
      id: (await makeLead(payload)).id,
      owner: (await seededUser(payload, 'sales')).id,
    }),
    run: {
      rest: (c, ctx) => rest(c, 'PATCH', `/leads/${ctx.id}`, { owner: ctx.owner }),
      graphql: (c, ctx) =>
        graphql(
          c,
          'mutation($id: Int!, $owner: Int!) { updateLead(id: $id, data: { owner: $owner }) { id } }',
          {
            id: ctx.id,
            owner: ctx.owner,
          },
        ),
      local: (c, ctx) =>
        local(() =>
          payload.update({
            collection: 'leads',
            id: ctx.id!,
            data: { owner: ctx.owner as number },
            ...asCaller(c),
          }),
        ),
    },
    snapshot: leadSnapshot,
    changed: async (ctx) =>
      ((await stored(payload, 'leads', ctx.id!)) as { owner: number | null }).owner === ctx.owner,
  },
  {
    target: 'leads',
    op: 'update company (admin-only field)',
    expect: staff('allow', 'deny', 'ignore', 'deny'),
    prepare: async () => ({ id: (await makeLead(payload)).id }),
    run: {
      rest: (c, ctx) => rest(c, 'PATCH', `/leads/${ctx.id}`, { company: 'Rewritten Co' }),
      graphql: (c, ctx) =>
        graphql(c, 'mutation($id: Int!) { updateLead(id: $id, data: { company: "Rewritten Co" }) { id } }', {
          id: ctx.id,
        }),
      local: (c, ctx) =>
        local(() =>
          payload.update({
            collection: 'leads',
            id: ctx.id!,
            data: { company: 'Rewritten Co' },
            ...asCaller(c),
          }),
        ),
    },
    snapshot: leadSnapshot,
    changed: async (ctx) =>
      ((await stored(payload, 'leads', ctx.id!)) as { company: string }).company === 'Rewritten Co',
  },
  {
    target: 'leads',
    op: 'update received time (server-only field)',
    expect: staff('ignore', 'deny', 'ignore', 'deny'),
    prepare: async () => ({ id: (await makeLead(payload)).id }),
    run: {
      rest: (c, ctx) => rest(c, 'PATCH', `/leads/${ctx.id}`, { receivedAt: '2020-01-01T00:00:00.000Z' }),
      graphql: (c, ctx) =>
        graphql(
          c,
          'mutation($id: Int!) { updateLead(id: $id, data: { receivedAt: "2020-01-01T00:00:00.000Z" }) { id } }',
          { id: ctx.id },
        ),
      local: (c, ctx) =>
        local(() =>
          payload.update({
            collection: 'leads',
            id: ctx.id!,
            data: { receivedAt: '2020-01-01T00:00:00.000Z' },
            ...asCaller(c),
          }),
        ),
    },
    snapshot: leadSnapshot,
    changed: async (ctx) =>
      ((await stored(payload, 'leads', ctx.id!)) as { receivedAt: string }).receivedAt.startsWith(
        '2020-01-01',
      ),
  },
  {
    target: 'leads',
    op: 'delete',
    expect: staff('allow', 'deny', 'deny', 'deny'),
    prepare: async () => ({ id: (await makeLead(payload)).id }),
    run: {
      rest: (c, ctx) => rest(c, 'DELETE', `/leads/${ctx.id}`),
      graphql: (c, ctx) => graphql(c, 'mutation($id: Int!) { deleteLead(id: $id) { id } }', { id: ctx.id }),
      local: (c, ctx) => local(() => payload.delete({ collection: 'leads', id: ctx.id!, ...asCaller(c) })),
    },
    snapshot: leadSnapshot,
    changed: async (ctx) => (await stored(payload, 'leads', ctx.id!)) === null,
  },
  // ── users ────────────────────────────────────────────────────────────────────────────
  {
    target: 'users',
    op: 'find',
    expect: staff('allow', 'own', 'allow', 'deny'),
    prepare: async () => ({ id: (await seededUser(payload, 'admin')).id }),
    run: {
      rest: (c) => rest(c, 'GET', '/users?depth=0&limit=200'),
      graphql: (c) => graphql(c, '{ Users(limit: 200) { docs { id } } }'),
      local: (c) => local(() => payload.find({ collection: 'users', limit: 200, ...asCaller(c) })),
    },
    ids: (o, p) => docsIds(o, p, 'Users'),
    probe: (ctx) => ({ visible: [ctx.id!], hidden: [] }),
    snapshot: () => storedCount(payload, 'users'),
  },
  {
    target: 'users',
    op: 'create',
    expect: staff('allow', 'deny', 'deny', 'deny'),
    prepare: async () => ({ marker: `new.${randomUUID().slice(0, 8)}@paiteq.example` }),
    run: {
      rest: (c, ctx) =>
        rest(c, 'POST', '/users', { email: ctx.marker, password: 'a-long-password', role: 'admin' }),
      graphql: (c, ctx) =>
        graphql(c, 'mutation($data: mutationUserInput!) { createUser(data: $data) { id } }', {
          data: { email: ctx.marker, password: 'a-long-password', role: 'admin' },
        }),
      local: (c, ctx) =>
        local(() =>
          payload.create({
            collection: 'users',
            data: { email: ctx.marker!, password: 'a-long-password', role: 'admin' },
            ...asCaller(c),
          }),
        ),
    },
    snapshot: () => storedCount(payload, 'users'),
    changed: async (ctx) =>
      (await payload.count({ collection: 'users', where: { email: { equals: ctx.marker } } })).totalDocs ===
      1,
  },
  {
    target: 'users',
    op: 'update own role to admin',
    expect: staff('allow', 'ignore', 'ignore', 'deny'),
    // An admin promotes a throwaway account; the others try to promote themselves.
    prepare: async (c) => ({
      id: c.role === 'admin' || !c.user ? (await throwawayUser()).id : c.user.id,
    }),
    run: {
      rest: (c, ctx) => rest(c, 'PATCH', `/users/${ctx.id}`, { role: 'admin' }),
      graphql: (c, ctx) =>
        graphql(c, 'mutation($id: Int!) { updateUser(id: $id, data: { role: admin }) { id } }', {
          id: ctx.id,
        }),
      local: (c, ctx) =>
        local(() =>
          payload.update({ collection: 'users', id: ctx.id!, data: { role: 'admin' }, ...asCaller(c) }),
        ),
    },
    snapshot: async (ctx) => {
      const user = (await stored(payload, 'users', ctx.id!)) as { role: string; email: string }
      return { role: user.role, email: user.email }
    },
    changed: async (ctx) => ((await stored(payload, 'users', ctx.id!)) as { role: string }).role === 'admin',
  },
  {
    target: 'users',
    op: "update another user's email",
    expect: staff('allow', 'deny', 'deny', 'deny'),
    prepare: async () => ({
      id: (await throwawayUser('sales')).id,
      marker: `taken.${randomUUID().slice(0, 8)}@evil.example`,
    }),
    run: {
      rest: (c, ctx) => rest(c, 'PATCH', `/users/${ctx.id}`, { email: ctx.marker }),
      graphql: (c, ctx) =>
        graphql(
          c,
          'mutation($id: Int!, $email: String!) { updateUser(id: $id, data: { email: $email }) { id } }',
          {
            id: ctx.id,
            email: ctx.marker,
          },
        ),
      local: (c, ctx) =>
        local(() =>
          payload.update({ collection: 'users', id: ctx.id!, data: { email: ctx.marker }, ...asCaller(c) }),
        ),
    },
    snapshot: (ctx) => stored(payload, 'users', ctx.id!),
    changed: async (ctx) =>
      ((await stored(payload, 'users', ctx.id!)) as { email: string }).email === ctx.marker,
  },
  {
    target: 'users',
    op: 'delete',
    expect: staff('allow', 'deny', 'deny', 'deny'),
    prepare: async () => ({ id: (await throwawayUser()).id }),
    run: {
      rest: (c, ctx) => rest(c, 'DELETE', `/users/${ctx.id}`),
      graphql: (c, ctx) => graphql(c, 'mutation($id: Int!) { deleteUser(id: $id) { id } }', { id: ctx.id }),
      local: (c, ctx) => local(() => payload.delete({ collection: 'users', id: ctx.id!, ...asCaller(c) })),
    },
    snapshot: (ctx) => stored(payload, 'users', ctx.id!),
    changed: async (ctx) => (await stored(payload, 'users', ctx.id!)) === null,
  },
  // ── content (a versioned collection with drafts) ───────────────────────────────────────
  {
    target: 'service-areas',
    op: 'find (drafts asked for)',
    expect: staff('allow', 'allow', 'allow', 'published'),
    prepare: async () => {
      const published = (await payload.find({ collection: 'service-areas', limit: 1 })).docs[0]!
      return { id: (await draftServiceArea()).id, published: published.id }
    },
    run: {
      rest: (c) => rest(c, 'GET', '/service-areas?depth=0&limit=200&draft=true'),
      graphql: (c) => graphql(c, '{ ServiceAreas(limit: 200, draft: true) { docs { id } } }'),
      local: (c) =>
        local(() => payload.find({ collection: 'service-areas', limit: 200, draft: true, ...asCaller(c) })),
    },
    ids: (o, p) => docsIds(o, p, 'ServiceAreas'),
    probe: (ctx) => ({ visible: [ctx.published as number], hidden: [ctx.id!] }),
    snapshot: () => storedCount(payload, 'service-areas'),
  },
  {
    target: 'service-areas',
    op: 'create (draft)',
    expect: staff('allow', 'allow', 'deny', 'deny'),
    prepare: async () => ({ marker: `Matrix area ${randomUUID().slice(0, 8)}` }),
    run: {
      rest: (c, ctx) =>
        rest(c, 'POST', '/service-areas?draft=true', {
          number: '98',
          code: 'MX',
          title: ctx.marker,
          body: 'x',
          tools: [],
          _status: 'draft',
        }),
      graphql: (c, ctx) =>
        graphql(
          c,
          'mutation($data: mutationServiceAreaInput!) { createServiceArea(data: $data, draft: true) { id } }',
          {
            data: { number: '98', code: 'MX', title: ctx.marker, body: 'x', tools: [], _status: 'draft' },
          },
        ),
      local: (c, ctx) =>
        local(() =>
          payload.create({
            collection: 'service-areas',
            data: { number: '98', code: 'MX', title: ctx.marker!, body: 'x', tools: [], _status: 'draft' },
            draft: true,
            ...asCaller(c),
          }),
        ),
    },
    snapshot: () => storedCount(payload, 'service-areas'),
    changed: async (ctx) =>
      (await payload.count({ collection: 'service-areas', where: { title: { equals: ctx.marker } } }))
        .totalDocs === 1,
  },
  {
    target: 'service-areas',
    op: 'update (draft)',
    expect: staff('allow', 'allow', 'deny', 'deny'),
    prepare: async () => ({
      id: (await draftServiceArea()).id,
      marker: `Edited ${randomUUID().slice(0, 8)}`,
    }),
    run: {
      rest: (c, ctx) => rest(c, 'PATCH', `/service-areas/${ctx.id}?draft=true`, { title: ctx.marker }),
      graphql: (c, ctx) =>
        graphql(
          c,
          'mutation($id: Int!, $t: String!) { updateServiceArea(id: $id, draft: true, data: { title: $t }) { id } }',
          {
            id: ctx.id,
            t: ctx.marker,
          },
        ),
      local: (c, ctx) =>
        local(() =>
          payload.update({
            collection: 'service-areas',
            id: ctx.id!,
            draft: true,
            data: { title: ctx.marker },
            ...asCaller(c),
          }),
        ),
    },
    snapshot: (ctx) => stored(payload, 'service-areas', ctx.id!),
    changed: async (ctx) =>
      ((await stored(payload, 'service-areas', ctx.id!)) as { title: string }).title === ctx.marker,
  },
  {
    target: 'service-areas',
    op: 'delete',
    expect: staff('allow', 'allow', 'deny', 'deny'),
    prepare: async () => ({ id: (await draftServiceArea()).id }),
    run: {
      rest: (c, ctx) => rest(c, 'DELETE', `/service-areas/${ctx.id}`),
      graphql: (c, ctx) =>
        graphql(c, 'mutation($id: Int!) { deleteServiceArea(id: $id) { id } }', { id: ctx.id }),
      local: (c, ctx) =>
        local(() => payload.delete({ collection: 'service-areas', id: ctx.id!, ...asCaller(c) })),
    },
    snapshot: (ctx) => stored(payload, 'service-areas', ctx.id!),
    changed: async (ctx) => (await stored(payload, 'service-areas', ctx.id!)) === null,
  },
  // ── media ─────────────────────────────────────────────────────────────────────────────
  {
    target: 'media',
    op: 'find',
    expect: staff('allow', 'allow', 'allow', 'allow'),
    prepare: async () => ({ id: (await mediaDoc()).id }),
    run: {
      rest: (c) => rest(c, 'GET', '/media?depth=0&limit=200&sort=-id'),
      graphql: (c) => graphql(c, '{ allMedia(limit: 200, sort: "-id") { docs { id } } }'),
      local: (c) =>
        local(() => payload.find({ collection: 'media', limit: 200, sort: '-id', ...asCaller(c) })),
    },
    ids: (o, p) => docsIds(o, p, 'allMedia'),
    probe: (ctx) => ({ visible: [ctx.id!], hidden: [] }),
    snapshot: () => storedCount(payload, 'media'),
  },
  {
    target: 'media',
    op: 'update alt text',
    expect: staff('allow', 'allow', 'deny', 'deny'),
    prepare: async () => ({ id: (await mediaDoc()).id, marker: `Alt ${randomUUID().slice(0, 8)}` }),
    run: {
      rest: (c, ctx) => rest(c, 'PATCH', `/media/${ctx.id}`, { alt: ctx.marker }),
      graphql: (c, ctx) =>
        graphql(
          c,
          'mutation($id: Int!, $alt: String!) { updateMedia(id: $id, data: { alt: $alt }) { id } }',
          {
            id: ctx.id,
            alt: ctx.marker,
          },
        ),
      local: (c, ctx) =>
        local(() =>
          payload.update({ collection: 'media', id: ctx.id!, data: { alt: ctx.marker }, ...asCaller(c) }),
        ),
    },
    snapshot: (ctx) => stored(payload, 'media', ctx.id!),
    changed: async (ctx) => ((await stored(payload, 'media', ctx.id!)) as { alt: string }).alt === ctx.marker,
  },
  {
    target: 'media',
    op: 'delete',
    expect: staff('allow', 'allow', 'deny', 'deny'),
    prepare: async () => ({ id: (await mediaDoc()).id }),
    run: {
      rest: (c, ctx) => rest(c, 'DELETE', `/media/${ctx.id}`),
      graphql: (c, ctx) => graphql(c, 'mutation($id: Int!) { deleteMedia(id: $id) { id } }', { id: ctx.id }),
      local: (c, ctx) => local(() => payload.delete({ collection: 'media', id: ctx.id!, ...asCaller(c) })),
    },
    snapshot: (ctx) => stored(payload, 'media', ctx.id!),
    changed: async (ctx) => (await stored(payload, 'media', ctx.id!)) === null,
  },
  // ── a content global ──────────────────────────────────────────────────────────────────
  {
    target: 'global hero',
    op: 'read',
    expect: staff('allow', 'allow', 'allow', 'allow'),
    run: {
      rest: (c) => rest(c, 'GET', '/globals/hero?depth=0'),
      graphql: (c) => graphql(c, '{ Hero { title } }'),
      local: (c) => local(() => payload.findGlobal({ slug: 'hero', ...asCaller(c) })),
    },
    snapshot: () => storedGlobal(payload, 'hero'),
  },
  {
    target: 'global hero',
    op: 'save a draft',
    expect: staff('allow', 'allow', 'deny', 'deny'),
    prepare: async () => ({ before: await storedGlobal(payload, 'hero') }),
    run: {
      rest: (c) => rest(c, 'POST', '/globals/hero?draft=true', { eyebrow: 'Draft eyebrow from the matrix' }),
      graphql: (c, ctx) => {
        const { doc } = ctx.before as { doc: { title: string; lede: string } }
        return graphql(
          c,
          'mutation($data: mutationHeroInput!) { updateHero(draft: true, data: $data) { eyebrow } }',
          {
            data: { eyebrow: 'Draft eyebrow from the matrix', title: doc.title, lede: doc.lede },
          },
        )
      },
      local: (c) =>
        local(() =>
          payload.updateGlobal({
            slug: 'hero',
            draft: true,
            data: { eyebrow: 'Draft eyebrow from the matrix' },
            ...asCaller(c),
          }),
        ),
    },
    snapshot: () => storedGlobal(payload, 'hero'),
    changed: async (ctx) => {
      const now = (await storedGlobal(payload, 'hero')) as { latestVersion: unknown }
      return now.latestVersion !== (ctx.before as { latestVersion: unknown }).latestVersion
    },
  },
  // ── the jobs queue and its scheduler ─────────────────────────────────────────────────
  {
    target: 'payload-jobs',
    op: 'find',
    expect: staff('allow', 'deny', 'deny', 'deny'),
    prepare: async () => {
      const job = await payload.jobs.queue({ task: 'purgeSpamLeads', input: {}, queue: 'matrix-never-run' })
      return { id: Number(job.id) }
    },
    run: {
      rest: (c) => rest(c, 'GET', '/payload-jobs?depth=0&limit=200&sort=-id'),
      graphql: (c) => graphql(c, '{ PayloadJobs(limit: 200, sort: "-id") { docs { id } } }'),
      local: (c) =>
        local(() => payload.find({ collection: 'payload-jobs', limit: 200, sort: '-id', ...asCaller(c) })),
    },
    ids: (o, p) => docsIds(o, p, 'PayloadJobs'),
    probe: (ctx) => ({ visible: [ctx.id!], hidden: [] }),
    snapshot: () => storedCount(payload, 'payload-jobs'),
  },
  {
    target: 'payload-jobs',
    op: 'create',
    expect: staff('deny', 'deny', 'deny', 'deny'),
    run: {
      rest: (c) =>
        rest(c, 'POST', '/payload-jobs', {
          taskSlug: 'purgeSpamLeads',
          input: {},
          queue: 'matrix-never-run',
        }),
      graphql: (c) =>
        graphql(
          c,
          'mutation { createPayloadJob(data: { taskSlug: purgeSpamLeads, queue: "matrix-never-run" }) { id } }',
        ),
      local: (c) =>
        local(() =>
          payload.create({
            collection: 'payload-jobs',
            data: { taskSlug: 'purgeSpamLeads', input: {}, queue: 'matrix-never-run' },
            ...asCaller(c),
          }),
        ),
    },
    snapshot: () => storedCount(payload, 'payload-jobs'),
  },
  {
    target: 'global payload-jobs-stats',
    op: 'read',
    expect: staff('allow', 'deny', 'deny', 'deny'),
    run: {
      rest: (c) => rest(c, 'GET', '/globals/payload-jobs-stats'),
      graphql: (c) => graphql(c, '{ PayloadJobsStat { stats } }'),
      local: (c) => local(() => payload.findGlobal({ slug: 'payload-jobs-stats', ...asCaller(c) })),
    },
    snapshot: storedJobsStats,
  },
  {
    target: 'global payload-jobs-stats',
    op: 'update',
    expect: staff('deny', 'deny', 'deny', 'deny'),
    run: {
      rest: (c) => rest(c, 'POST', '/globals/payload-jobs-stats', { stats: { forged: true } }),
      graphql: (c) =>
        graphql(c, 'mutation { updatePayloadJobsStat(data: { stats: "{\\"forged\\":true}" }) { stats } }'),
      local: (c) =>
        local(() =>
          payload.updateGlobal({
            slug: 'payload-jobs-stats',
            data: { stats: { forged: true } },
            ...asCaller(c),
          }),
        ),
    },
    snapshot: storedJobsStats,
  },
  // ── document locks ("X is editing this lead") ────────────────────────────────────────
  {
    target: 'payload-locked-documents',
    op: 'create (lock a lead)',
    expect: staff('allow', 'deny', 'allow', 'deny'),
    paths: ['rest', 'local'],
    prepare: async (c) => ({
      id: (await makeLead(payload)).id,
      user: c.user?.id ?? (await seededUser(payload, 'sales')).id,
    }),
    run: {
      rest: (c, ctx) =>
        rest(c, 'POST', '/payload-locked-documents', {
          document: { relationTo: 'leads', value: ctx.id },
          user: { relationTo: 'users', value: ctx.user },
        }),
      local: (c, ctx) =>
        local(() =>
          payload.create({
            collection: 'payload-locked-documents',
            data: {
              document: { relationTo: 'leads', value: ctx.id! },
              user: { relationTo: 'users', value: ctx.user as number },
            },
            ...asCaller(c),
          }),
        ),
    },
    snapshot: () => storedCount(payload, 'payload-locked-documents'),
    changed: async (ctx) =>
      (
        await payload.count({
          collection: 'payload-locked-documents',
          where: { 'document.value': { equals: ctx.id } },
        })
      ).totalDocs === 1,
  },
  {
    target: 'payload-locked-documents',
    op: "delete (release a sales user's lock on a lead)",
    expect: staff('allow', 'deny', 'allow', 'deny'),
    prepare: async () => {
      const lead = await makeLead(payload)
      const sales = await seededUser(payload, 'sales')
      const lock = await payload.create({
        collection: 'payload-locked-documents',
        data: {
          document: { relationTo: 'leads', value: lead.id },
          user: { relationTo: 'users', value: sales.id },
        },
      })
      return { id: lock.id }
    },
    run: {
      rest: (c, ctx) => rest(c, 'DELETE', `/payload-locked-documents/${ctx.id}`),
      graphql: (c, ctx) =>
        graphql(c, 'mutation($id: Int!) { deletePayloadLockedDocument(id: $id) { id } }', { id: ctx.id }),
      local: (c, ctx) =>
        local(() => payload.delete({ collection: 'payload-locked-documents', id: ctx.id!, ...asCaller(c) })),
    },
    snapshot: (ctx) => stored(payload, 'payload-locked-documents', ctx.id!),
    changed: async (ctx) => (await stored(payload, 'payload-locked-documents', ctx.id!)) === null,
  },
  // ── exports of leads ─────────────────────────────────────────────────────────────────
  {
    target: 'exports',
    op: 'create (CSV of leads)',
    expect: staff('allow', 'deny', 'allow', 'deny'),
    paths: ['rest', 'local'],
    prepare: async () => ({ marker: `matrix-${randomUUID().slice(0, 8)}` }),
    run: {
      rest: (c, ctx) =>
        rest(c, 'POST', '/exports', { name: ctx.marker, collectionSlug: 'leads', format: 'csv' }),
      local: (c, ctx) =>
        local(() =>
          payload.create({
            collection: 'exports',
            data: { name: ctx.marker, collectionSlug: 'leads', format: 'csv' },
            ...asCaller(c),
          }),
        ),
    },
    snapshot: () => storedCount(payload, 'exports'),
    changed: async (ctx) =>
      (await payload.count({ collection: 'exports', where: { name: { like: ctx.marker } } })).totalDocs === 1,
  },
  {
    target: 'exports',
    op: 'find',
    expect: staff('allow', 'deny', 'allow', 'deny'),
    run: {
      rest: (c) => rest(c, 'GET', '/exports?depth=0'),
      graphql: (c) => graphql(c, '{ Exports { docs { id } } }'),
      local: (c) => local(() => payload.find({ collection: 'exports', ...asCaller(c) })),
    },
    snapshot: () => storedCount(payload, 'exports'),
  },
  // ── the development outbox (emails about leads, kept when RESEND_API_KEY is unset) ──
  {
    target: 'email-outbox',
    op: 'find',
    expect: staff('allow', 'deny', 'allow', 'deny'),
    prepare: async () => ({ id: (await outboxDoc()).id }),
    run: {
      rest: (c) => rest(c, 'GET', '/email-outbox?depth=0&limit=200&sort=-id'),
      graphql: (c) => graphql(c, '{ EmailOutboxes(limit: 200, sort: "-id") { docs { id } } }'),
      local: (c) =>
        local(() => payload.find({ collection: 'email-outbox', limit: 200, sort: '-id', ...asCaller(c) })),
    },
    ids: (o, p) => docsIds(o, p, 'EmailOutboxes'),
    probe: (ctx) => ({ visible: [ctx.id!], hidden: [] }),
    snapshot: () => storedCount(payload, 'email-outbox'),
  },
  {
    // Payload's own emails (password-reset links) are filed there too: a salesperson reading one
    // could sign in as an admin, so sales see the lead emails only ('published': filtered).
    target: 'email-outbox',
    op: 'find (account emails)',
    expect: staff('allow', 'deny', 'published', 'deny'),
    prepare: async () => ({
      published: (await outboxDoc()).id,
      id: (
        await payload.create({
          collection: 'email-outbox',
          data: { ...outboxData(`matrix-${randomUUID()}`), kind: 'account', subject: 'Reset your password' },
        })
      ).id,
    }),
    run: {
      rest: (c) => rest(c, 'GET', '/email-outbox?depth=0&limit=200&sort=-id'),
      graphql: (c) => graphql(c, '{ EmailOutboxes(limit: 200, sort: "-id") { docs { id } } }'),
      local: (c) =>
        local(() => payload.find({ collection: 'email-outbox', limit: 200, sort: '-id', ...asCaller(c) })),
    },
    ids: (o, p) => docsIds(o, p, 'EmailOutboxes'),
    probe: (ctx) => ({ visible: [ctx.published as number], hidden: [ctx.id!] }),
    snapshot: () => storedCount(payload, 'email-outbox'),
  },
  {
    target: 'email-outbox',
    op: 'create',
    expect: staff('deny', 'deny', 'deny', 'deny'),
    prepare: async () => ({ marker: `matrix-${randomUUID()}` }),
    run: {
      rest: (c, ctx) => rest(c, 'POST', '/email-outbox', outboxData(ctx.marker!)),
      graphql: (c, ctx) =>
        graphql(c, 'mutation($data: mutationEmailOutboxInput!) { createEmailOutbox(data: $data) { id } }', {
          data: outboxData(ctx.marker!),
        }),
      local: (c, ctx) =>
        local(() =>
          payload.create({ collection: 'email-outbox', data: outboxData(ctx.marker!), ...asCaller(c) }),
        ),
    },
    snapshot: () => storedCount(payload, 'email-outbox'),
  },
  {
    target: 'email-outbox',
    op: 'update (rewrite a kept email)',
    expect: staff('deny', 'deny', 'deny', 'deny'),
    prepare: async () => ({ id: (await outboxDoc()).id }),
    run: {
      rest: (c, ctx) => rest(c, 'PATCH', `/email-outbox/${ctx.id}`, { to: 'attacker@evil.example' }),
      graphql: (c, ctx) =>
        graphql(
          c,
          'mutation($id: Int!) { updateEmailOutbox(id: $id, data: { to: "attacker@evil.example" }) { id } }',
          {
            id: ctx.id,
          },
        ),
      local: (c, ctx) =>
        local(() =>
          payload.update({
            collection: 'email-outbox',
            id: ctx.id!,
            data: { to: 'attacker@evil.example' },
            ...asCaller(c),
          }),
        ),
    },
    snapshot: (ctx) => stored(payload, 'email-outbox', ctx.id!),
  },
  {
    target: 'email-outbox',
    op: 'delete',
    expect: staff('allow', 'deny', 'deny', 'deny'),
    prepare: async () => ({ id: (await outboxDoc()).id }),
    run: {
      rest: (c, ctx) => rest(c, 'DELETE', `/email-outbox/${ctx.id}`),
      graphql: (c, ctx) =>
        graphql(c, 'mutation($id: Int!) { deleteEmailOutbox(id: $id) { id } }', { id: ctx.id }),
      local: (c, ctx) =>
        local(() => payload.delete({ collection: 'email-outbox', id: ctx.id!, ...asCaller(c) })),
    },
    snapshot: (ctx) => stored(payload, 'email-outbox', ctx.id!),
    changed: async (ctx) => (await stored(payload, 'email-outbox', ctx.id!)) === null,
  },
  // ── per-IP rate limit counters of the lead form ─────────────────────────────────────
  {
    target: 'lead-rate-limits',
    op: 'find',
    expect: staff('allow', 'deny', 'deny', 'deny'),
    prepare: async () => ({ id: (await rateLimitDoc()).id }),
    run: {
      rest: (c) => rest(c, 'GET', '/lead-rate-limits?depth=0&limit=200&sort=-id'),
      graphql: (c) => graphql(c, '{ LeadRateLimits(limit: 200, sort: "-id") { docs { id } } }'),
      local: (c) =>
        local(() =>
          payload.find({ collection: 'lead-rate-limits', limit: 200, sort: '-id', ...asCaller(c) }),
        ),
    },
    ids: (o, p) => docsIds(o, p, 'LeadRateLimits'),
    probe: (ctx) => ({ visible: [ctx.id!], hidden: [] }),
    snapshot: () => storedCount(payload, 'lead-rate-limits'),
  },
  {
    target: 'lead-rate-limits',
    op: 'create',
    expect: staff('deny', 'deny', 'deny', 'deny'),
    prepare: async () => ({ marker: `matrix-${randomUUID()}` }),
    run: {
      rest: (c, ctx) => rest(c, 'POST', '/lead-rate-limits', rateLimitData(ctx.marker!)),
      graphql: (c, ctx) =>
        graphql(
          c,
          'mutation($data: mutationLeadRateLimitInput!) { createLeadRateLimit(data: $data) { id } }',
          {
            data: rateLimitData(ctx.marker!),
          },
        ),
      local: (c, ctx) =>
        local(() =>
          payload.create({
            collection: 'lead-rate-limits',
            data: rateLimitData(ctx.marker!),
            ...asCaller(c),
          }),
        ),
    },
    snapshot: () => storedCount(payload, 'lead-rate-limits'),
  },
  {
    target: 'lead-rate-limits',
    op: 'update (reset a counter)',
    expect: staff('deny', 'deny', 'deny', 'deny'),
    prepare: async () => ({ id: (await rateLimitDoc()).id }),
    run: {
      rest: (c, ctx) => rest(c, 'PATCH', `/lead-rate-limits/${ctx.id}`, { count: 0 }),
      graphql: (c, ctx) =>
        graphql(c, 'mutation($id: Int!) { updateLeadRateLimit(id: $id, data: { count: 0 }) { id } }', {
          id: ctx.id,
        }),
      local: (c, ctx) =>
        local(() =>
          payload.update({ collection: 'lead-rate-limits', id: ctx.id!, data: { count: 0 }, ...asCaller(c) }),
        ),
    },
    snapshot: (ctx) => stored(payload, 'lead-rate-limits', ctx.id!),
  },
  {
    target: 'lead-rate-limits',
    op: 'delete',
    expect: staff('allow', 'deny', 'deny', 'deny'),
    prepare: async () => ({ id: (await rateLimitDoc()).id }),
    run: {
      rest: (c, ctx) => rest(c, 'DELETE', `/lead-rate-limits/${ctx.id}`),
      graphql: (c, ctx) =>
        graphql(c, 'mutation($id: Int!) { deleteLeadRateLimit(id: $id) { id } }', { id: ctx.id }),
      local: (c, ctx) =>
        local(() => payload.delete({ collection: 'lead-rate-limits', id: ctx.id!, ...asCaller(c) })),
    },
    snapshot: (ctx) => stored(payload, 'lead-rate-limits', ctx.id!),
    changed: async (ctx) => (await stored(payload, 'lead-rate-limits', ctx.id!)) === null,
  },
  // ── webhooks and their delivery log (admins only, for every operation) ─────────────────
  {
    target: 'webhooks',
    op: 'find',
    expect: staff('allow', 'deny', 'deny', 'deny'),
    prepare: async () => ({ id: (await webhookDoc()).id }),
    run: {
      rest: (c) => rest(c, 'GET', '/webhooks?depth=0&limit=200&sort=-id'),
      graphql: (c) => graphql(c, '{ Webhooks(limit: 200, sort: "-id") { docs { id } } }'),
      local: (c) =>
        local(() => payload.find({ collection: 'webhooks', limit: 200, sort: '-id', ...asCaller(c) })),
    },
    ids: (o, p) => docsIds(o, p, 'Webhooks'),
    probe: (ctx) => ({ visible: [ctx.id!], hidden: [] }),
    snapshot: () => storedCount(payload, 'webhooks'),
  },
  {
    target: 'webhooks',
    op: 'create',
    expect: staff('allow', 'deny', 'deny', 'deny'),
    prepare: async () => ({ marker: `matrix-${randomUUID()}` }),
    run: {
      rest: (c, ctx) => rest(c, 'POST', '/webhooks', webhookData(ctx.marker!)),
      graphql: (c, ctx) =>
        graphql(c, 'mutation($data: mutationWebhookInput!) { createWebhook(data: $data) { id } }', {
          data: { ...webhookData(ctx.marker!), events: ['lead_created'] },
        }),
      local: (c, ctx) =>
        local(() =>
          payload.create({ collection: 'webhooks', data: webhookData(ctx.marker!), ...asCaller(c) }),
        ),
    },
    snapshot: () => storedCount(payload, 'webhooks'),
    changed: async (ctx) =>
      (await payload.count({ collection: 'webhooks', where: { name: { equals: ctx.marker } } })).totalDocs ===
      1,
  },
  {
    target: 'webhooks',
    op: 'update (point it elsewhere)',
    expect: staff('allow', 'deny', 'deny', 'deny'),
    prepare: async () => ({ id: (await webhookDoc()).id }),
    run: {
      rest: (c, ctx) => rest(c, 'PATCH', `/webhooks/${ctx.id}`, { url: 'https://93.184.215.14/moved' }),
      graphql: (c, ctx) =>
        graphql(
          c,
          'mutation($id: Int!) { updateWebhook(id: $id, data: { url: "https://93.184.215.14/moved" }) { id } }',
          {
            id: ctx.id,
          },
        ),
      local: (c, ctx) =>
        local(() =>
          payload.update({
            collection: 'webhooks',
            id: ctx.id!,
            data: { url: 'https://93.184.215.14/moved' },
            ...asCaller(c),
          }),
        ),
    },
    snapshot: (ctx) => stored(payload, 'webhooks', ctx.id!),
    changed: async (ctx) =>
      ((await stored(payload, 'webhooks', ctx.id!)) as { url?: string } | null)?.url ===
      'https://93.184.215.14/moved',
  },
  {
    target: 'webhooks',
    op: 'delete',
    expect: staff('allow', 'deny', 'deny', 'deny'),
    prepare: async () => ({ id: (await webhookDoc()).id }),
    run: {
      rest: (c, ctx) => rest(c, 'DELETE', `/webhooks/${ctx.id}`),
      graphql: (c, ctx) =>
        graphql(c, 'mutation($id: Int!) { deleteWebhook(id: $id) { id } }', { id: ctx.id }),
      local: (c, ctx) => local(() => payload.delete({ collection: 'webhooks', id: ctx.id!, ...asCaller(c) })),
    },
    snapshot: (ctx) => stored(payload, 'webhooks', ctx.id!),
    changed: async (ctx) => (await stored(payload, 'webhooks', ctx.id!)) === null,
  },
  {
    target: 'webhook-deliveries',
    op: 'find',
    expect: staff('allow', 'deny', 'deny', 'deny'),
    prepare: async () => ({ id: (await deliveryDoc()).id }),
    run: {
      rest: (c) => rest(c, 'GET', '/webhook-deliveries?depth=0&limit=200&sort=-id'),
      graphql: (c) => graphql(c, '{ WebhookDeliveries(limit: 200, sort: "-id") { docs { id } } }'),
      local: (c) =>
        local(() =>
          payload.find({ collection: 'webhook-deliveries', limit: 200, sort: '-id', ...asCaller(c) }),
        ),
    },
    ids: (o, p) => docsIds(o, p, 'WebhookDeliveries'),
    probe: (ctx) => ({ visible: [ctx.id!], hidden: [] }),
    snapshot: () => storedCount(payload, 'webhook-deliveries'),
  },
  {
    target: 'webhook-deliveries',
    op: 'create (forge a log entry)',
    expect: staff('deny', 'deny', 'deny', 'deny'),
    prepare: async () => ({ id: (await webhookDoc()).id, marker: `matrix-${randomUUID()}` }),
    run: {
      rest: (c, ctx) =>
        rest(c, 'POST', '/webhook-deliveries', {
          webhook: ctx.id,
          event: ctx.marker,
          at: new Date().toISOString(),
        }),
      graphql: (c, ctx) =>
        graphql(
          c,
          'mutation($data: mutationWebhookDeliveryInput!) { createWebhookDelivery(data: $data) { id } }',
          { data: { webhook: ctx.id, event: ctx.marker, at: new Date().toISOString() } },
        ),
      local: (c, ctx) =>
        local(() =>
          payload.create({
            collection: 'webhook-deliveries',
            data: { webhook: ctx.id, event: ctx.marker, at: new Date().toISOString() },
            ...asCaller(c),
          }),
        ),
    },
    snapshot: () => storedCount(payload, 'webhook-deliveries'),
  },
]

const OK_STATUS: Record<Path, (op: string) => number> = {
  rest: (op) => (op.startsWith('create') ? 201 : 200),
  graphql: () => 200,
  local: () => 200,
}

/** An accepted request that changed nothing still touches `updatedAt`. */
const withoutUpdatedAt = (snapshot: unknown): unknown => {
  if (!snapshot || typeof snapshot !== 'object') return snapshot
  const { updatedAt: _ignored, ...rest } = snapshot as Record<string, unknown>
  return rest
}

type Cell = { spec: Spec; role: Who; path: Path; expected: Expect }
const CELLS: Cell[] = SPECS.flatMap((spec) =>
  ROLES.flatMap((role) =>
    (spec.paths ?? PATHS)
      .filter((path) => spec.run[path])
      .map((path) => ({ spec, role, path, expected: spec.expect[role] })),
  ),
)

const SEEDED_EMAILS = ['admin@paiteq.example', 'marketing@paiteq.example', 'sales@paiteq.example']

describe('access matrix', () => {
  let hero: Record<string, unknown> = {}

  beforeAll(async () => {
    payload = await testPayload()
    hero = Object.fromEntries(Object.entries(await payload.findGlobal({ slug: 'hero', depth: 0 })))
    callers.anonymous = { role: 'anonymous', user: null, token: null }
    for (const role of ['admin', 'marketing', 'sales'] as Role[])
      callers[role] = await signedInCaller(payload, role)
  })

  // Leave the shared database as the other test files expect it: seeded users only, no stray
  // drafts or uploads, the hero's latest version the published one.
  afterAll(async () => {
    await payload.delete({ collection: 'users', where: { email: { not_in: SEEDED_EMAILS } } })
    await payload.delete({ collection: 'service-areas', where: { code: { in: ['TEST', 'MX'] } } })
    await payload.delete({ collection: 'media', where: { filename: { like: 'square-' } } })
    await payload.delete({ collection: 'payload-jobs', where: { queue: { equals: 'matrix-never-run' } } })
    await payload.delete({ collection: 'payload-locked-documents', where: { id: { exists: true } } })
    await payload.delete({ collection: 'email-outbox', where: { idempotencyKey: { like: 'matrix-' } } })
    await payload.delete({ collection: 'lead-rate-limits', where: { key: { like: 'matrix-' } } })
    await payload.delete({ collection: 'webhooks', where: { name: { like: 'matrix-' } } })
    const { id: _id, updatedAt: _u, createdAt: _c, globalType: _g, ...content } = hero
    await payload.updateGlobal({ slug: 'hero', data: { ...content, _status: 'published' } })
  })

  it('covers every role on every path for every target', () => {
    expect(new Set(CELLS.map((c) => c.role))).toEqual(new Set(ROLES))
    expect(new Set(CELLS.map((c) => c.path))).toEqual(new Set(PATHS))
    expect(CELLS.length).toBeGreaterThan(250)
  })

  it.each(
    CELLS.map(
      (cell) =>
        [
          `${cell.spec.target} · ${cell.spec.op} · ${cell.role} · ${cell.path} → ${cell.expected}`,
          cell,
        ] as const,
    ),
  )('%s', async (_name, { spec, role, path, expected }) => {
    const caller = callers[role]
    const ctx = (await spec.prepare?.(caller)) ?? {}
    const before = await spec.snapshot(ctx)
    const outcome = await spec.run[path]!(caller, ctx)
    const detail = `${outcome.status} ${outcome.message}`

    if (expected === 'deny') {
      expect(outcome.ok, detail).toBe(false)
      expect(outcome.status, detail).toBe(spec.denied?.[role] ?? 403)
      expect(await spec.snapshot(ctx)).toEqual(before)
      return
    }

    expect(outcome.ok, detail).toBe(true)
    expect(outcome.status, detail).toBe(OK_STATUS[path](spec.op))
    if (spec.ids && spec.probe) {
      const seen = spec.ids(outcome, path)
      const { visible, hidden } = spec.probe(ctx, caller)
      if (expected === 'own') {
        expect(seen).toEqual([caller.user!.id])
      } else {
        for (const id of visible) expect(seen).toContain(id)
        if (expected === 'published') for (const id of hidden) expect(seen).not.toContain(id)
        if (expected === 'allow') for (const id of hidden) expect(seen).toContain(id)
      }
    }
    if (spec.changed) {
      if (expected === 'ignore') {
        expect(await spec.changed(ctx)).toBe(false)
        expect(withoutUpdatedAt(await spec.snapshot(ctx))).toEqual(withoutUpdatedAt(before))
      } else {
        expect(await spec.changed(ctx)).toBe(true)
      }
    }
  })
})
