import type { Payload } from 'payload'

import { leadAdminUrl } from '../leads/adminUrl'
import type { WebhookEvent } from './events'
import { leadSource, type LeadEventBody } from './message'

/** The event body for one lead as it is now, or null when the lead is gone (erased, purged). */
export async function leadEventBody(
  payload: Payload,
  { leadId, type, from, to }: { leadId: number; type: WebhookEvent; from?: string; to?: string },
): Promise<LeadEventBody | null> {
  const lead = await payload.findByID({
    collection: 'leads',
    id: leadId,
    depth: 1,
    overrideAccess: true,
    disableErrors: true,
    select: { reference: true, status: true, areas: true, context: true },
    populate: { 'service-areas': { title: true } },
  })
  if (!lead) return null
  const areas = (lead.areas ?? []).flatMap((area) =>
    typeof area === 'object' && area?.title ? [area.title] : [],
  )
  return {
    type,
    timestamp: new Date().toISOString(),
    data: {
      id: lead.id,
      reference: lead.reference,
      status: to ?? lead.status,
      ...(from ? { previousStatus: from } : {}),
      areas,
      outcome: lead.context?.decideOutcome ?? null,
      source: leadSource(lead.context?.utmSource, lead.context?.referrer),
      adminUrl: leadAdminUrl(lead.id),
    },
  }
}
