import type { Payload, TaskConfig, TaskHandler } from 'payload'

import { PermanentJobError } from './permanentError'

import { isWebhookEvent } from '../webhooks/events'
import { leadEventBody } from '../webhooks/leadEvent'

/** The queue the deliveries go on: the one every runner drains as soon as it is told (lib/jobs/wake.ts). */
const QUEUE = 'default'

/**
 * One lead event to every active webhook subscribed to it: reads the lead once, builds the body once, and
 * queues a `deliverWebhook` per endpoint with a message id of its own that every retry of it reuses. The id is
 * derived from this job and the endpoint, so a rerun of this job queues the same ids (receivers dedupe by it).
 */
export type LeadEventInput = { leadId: number; type: string; from?: string | null; to?: string | null }

/** The fan-out itself, run by the queue's own lane (lib/jobs/fastLane.ts) or by Payload's runner (below). */
export async function fanOutLeadEvent(
  payload: Payload,
  input: LeadEventInput,
  jobId: number | string,
): Promise<{ queued: number }> {
  if (!isWebhookEvent(input.type)) throw new PermanentJobError(`Unknown event "${input.type}".`)
  const { docs: endpoints } = await payload.find({
    collection: 'webhooks',
    where: { and: [{ active: { equals: true } }, { events: { in: [input.type] } }] },
    limit: 1000,
    depth: 0,
    overrideAccess: true,
    select: {},
  })
  if (!endpoints.length) return { queued: 0 }
  const body = await leadEventBody(payload, {
    leadId: input.leadId,
    type: input.type,
    from: input.from ?? undefined,
    to: input.to ?? undefined,
  })
  if (!body) return { queued: 0 }
  for (const endpoint of endpoints)
    await payload.jobs.queue({
      task: 'deliverWebhook',
      queue: QUEUE,
      input: { webhookId: endpoint.id, messageId: `msg_${jobId}_${endpoint.id}`, body },
    })
  return { queued: endpoints.length }
}

const handler: TaskHandler<'fanOutLeadEvent'> = async ({ input, job, req }) => {
  try {
    return { output: await fanOutLeadEvent(req.payload, input, job.id) }
  } catch (error) {
    if (error instanceof PermanentJobError) return { state: 'failed', errorMessage: error.message }
    throw error
  }
}

/** Queued with a new lead (lib/leads/arrival.ts) and on a status change (collections/Leads/hooks/). */
export const fanOutLeadEventTask: TaskConfig<'fanOutLeadEvent'> = {
  slug: 'fanOutLeadEvent',
  label: 'Send a lead event to the webhooks',
  inputSchema: [
    { name: 'leadId', type: 'number', required: true },
    { name: 'type', type: 'text', required: true },
    { name: 'from', type: 'text' },
    { name: 'to', type: 'text' },
  ],
  outputSchema: [{ name: 'queued', type: 'number' }],
  retries: { attempts: 3, backoff: { type: 'exponential', delay: 5_000 } },
  handler,
}
