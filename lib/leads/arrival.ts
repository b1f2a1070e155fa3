import type { WebhookEvent } from '../webhooks/events'
import type { LeadEmailKind } from './emails'
import { newLeadReference } from './reference'

/**
 * What every new lead starts with, whatever stored it (the form's intake, or Payload for the seed and tests):
 * its reference, status `new` (`spam` when flagged), no owner, and both emails `pending` (`skipped` for spam:
 * no email goes out about it).
 */
export function arrivalState(spam: boolean) {
  const notification = spam ? ('skipped' as const) : ('pending' as const)
  return {
    reference: newLeadReference(),
    status: spam ? ('spam' as const) : ('new' as const),
    owner: null,
    salesNotification: { state: notification, attempts: 0 },
    confirmation: { state: notification, attempts: 0 },
  }
}

export type ArrivalJob =
  | { task: 'linkLeadDuplicates'; input: { leadId: number } }
  | { task: 'sendLeadEmail'; input: { leadId: number; kind: LeadEmailKind } }
  | { task: 'fanOutLeadEvent'; input: { leadId: number; type: WebhookEvent } }

/**
 * The work a new lead queues in the transaction that stores it: linking it to earlier leads from the same
 * person or company, and (unless spam) the two emails, to sales and to the prospect, and the `lead.created`
 * event for the webhooks (the job looks the endpoints up when it runs, never the request).
 */
export function arrivalJobs(leadId: number, spam: boolean): ArrivalJob[] {
  const jobs: ArrivalJob[] = [{ task: 'linkLeadDuplicates', input: { leadId } }]
  if (spam) return jobs
  for (const kind of ['sales', 'confirmation'] as const)
    jobs.push({ task: 'sendLeadEmail', input: { leadId, kind } })
  jobs.push({ task: 'fanOutLeadEvent', input: { leadId, type: 'lead.created' } })
  return jobs
}
