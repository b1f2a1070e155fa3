import type { CollectionConfig } from 'payload'

import { isAdmin } from '@/lib/access/isAdmin'
import { nobody } from '@/lib/access/nobody'

/**
 * The delivery log: one row per attempt to deliver an event to a webhook, written by the job
 * (lib/jobs/deliverWebhook.ts), the newest 50 per endpoint kept; shown on the webhook's page. Admins read it.
 */
export const WebhookDeliveries: CollectionConfig = {
  slug: 'webhook-deliveries',
  labels: { singular: 'Webhook delivery', plural: 'Webhook deliveries' },
  admin: {
    group: 'System',
    defaultColumns: ['at', 'webhook', 'event', 'attempt', 'status', 'error'],
  },
  defaultSort: '-at',
  access: { read: isAdmin, create: nobody, update: nobody, delete: isAdmin },
  fields: [
    // Not required: a delivery in flight while its endpoint is deleted must not fail on the foreign key.
    { name: 'webhook', type: 'relationship', relationTo: 'webhooks', index: true },
    { name: 'event', type: 'text' },
    { name: 'messageId', type: 'text', index: true },
    { name: 'attempt', type: 'number' },
    { name: 'at', type: 'date', required: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'status', type: 'number', admin: { description: 'HTTP status; 0 when there was no answer.' } },
    { name: 'ok', type: 'checkbox', defaultValue: false },
    { name: 'error', type: 'text' },
    { name: 'durationMs', type: 'number' },
  ],
}
