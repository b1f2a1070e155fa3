import { HIDDEN_CONTEXT_FIELDS, type ContextField } from './fields'
import { arrivalState } from './arrival'
import type { LeadSubmission } from './schema'
import type { LeadRow } from './store'

/** What the server knows about a submission besides what the visitor typed. */
export type Arrival = {
  submissionId: string
  receivedAt: Date
  spamReason: string | null
  ipHash: string
  userAgent: string
  consentText: string
}

type ContextColumns = { [F in ContextField as `context_${F}`]?: string | null }

/**
 * A validated submission as the lead row Payload's admin reads: the one place that says which form field is
 * stored where. Column keys are those of `payload-generated-schema.ts` (generated from the collection), so a
 * field renamed in the collection and not here fails type-checking instead of storing nothing.
 */
export function leadRow(input: LeadSubmission, arrival: Arrival): LeadRow {
  const state = arrivalState(arrival.spamReason !== null)
  const context: ContextColumns = {}
  for (const field of HIDDEN_CONTEXT_FIELDS) context[`context_${field}`] = input[field] || null
  return {
    submissionId: arrival.submissionId,
    name: input.name,
    email: input.email,
    company: input.company,
    role: input.role || null,
    cloud: input.cloud ?? null,
    timeline: input.timeline ?? null,
    message: input.message || null,
    consent: true,
    consentText: arrival.consentText,
    ...context,
    spam: arrival.spamReason !== null,
    spamReason: arrival.spamReason,
    ipHash: arrival.ipHash,
    userAgent: arrival.userAgent,
    receivedAt: arrival.receivedAt.toISOString(),
    reference: state.reference,
    status: state.status,
    owner: state.owner,
    salesNotification_state: state.salesNotification.state,
    salesNotification_attempts: state.salesNotification.attempts,
    confirmation_state: state.confirmation.state,
    confirmation_attempts: state.confirmation.attempts,
  }
}
