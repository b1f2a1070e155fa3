import type { CollectionConfig } from 'payload'

import { isAdmin, isAdminField } from '@/lib/access/isAdmin'
import { serverOnlyField } from '@/lib/access/serverOnlyField'
import { WEBHOOK_EVENTS } from '@/lib/webhooks/events'

import { clearFailureOnReactivate } from './hooks/clearFailureOnReactivate'
import { deleteDeliveryLog } from './hooks/deleteDeliveryLog'
import { keepSecret } from './hooks/keepSecret'
import { validateWebhookUrl } from './validateUrl'

const serverOwned = { read: isAdminField, create: serverOnlyField, update: serverOnlyField }

/**
 * Endpoints that receive lead events (README → Webhooks), signed the Standard Webhooks way and delivered by
 * the job queue (lib/jobs/fanOutLeadEvent.ts, lib/jobs/deliverWebhook.ts). Admins only, for every operation.
 */
export const Webhooks: CollectionConfig = {
  slug: 'webhooks',
  labels: { singular: 'Webhook', plural: 'Webhooks' },
  admin: {
    useAsTitle: 'name',
    group: 'Sales',
    defaultColumns: ['name', 'url', 'events', 'active', 'disabledAt'],
    description:
      'Lead events sent to other systems (a CRM, Slack). A Slack incoming-webhook URL gets a Slack message.',
  },
  access: { read: isAdmin, create: isAdmin, update: isAdmin, delete: isAdmin },
  hooks: { beforeChange: [keepSecret, clearFailureOnReactivate], beforeDelete: [deleteDeliveryLog] },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 200 },
    { name: 'url', type: 'text', required: true, maxLength: 2000, validate: validateWebhookUrl },
    {
      name: 'events',
      type: 'select',
      hasMany: true,
      required: true,
      options: WEBHOOK_EVENTS.map((value) => ({ value, label: value })),
    },
    { name: 'active', type: 'checkbox', defaultValue: true, index: true },
    {
      name: 'secret',
      type: 'text',
      access: serverOwned,
      admin: {
        readOnly: true,
        description:
          'Generated when the endpoint is created; receivers verify the webhook-signature header with it ' +
          '(Standard Webhooks). Only admins can see it.',
      },
    },
    {
      type: 'row',
      fields: [
        { name: 'failingSince', type: 'date', access: serverOwned, admin: { readOnly: true } },
        { name: 'disabledAt', type: 'date', access: serverOwned, admin: { readOnly: true } },
      ],
    },
    {
      name: 'disabledReason',
      type: 'text',
      access: serverOwned,
      admin: { readOnly: true, condition: (data) => Boolean(data?.disabledReason) },
    },
    {
      name: 'deliveries',
      type: 'join',
      collection: 'webhook-deliveries',
      on: 'webhook',
      defaultSort: '-at',
      defaultLimit: 20,
      admin: { defaultColumns: ['at', 'event', 'attempt', 'status', 'error'] },
    },
  ],
}
