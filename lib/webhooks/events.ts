/** The lead events a webhook can subscribe to; one list for the collection, the jobs and the leads' hooks. */
export const WEBHOOK_EVENTS = ['lead.created', 'lead.status_changed'] as const
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number]

export const isWebhookEvent = (value: unknown): value is WebhookEvent =>
  typeof value === 'string' && (WEBHOOK_EVENTS as readonly string[]).includes(value)
