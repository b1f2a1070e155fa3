import type { CollectionConfig, Where } from 'payload'

import { isAdmin } from '@/lib/access/isAdmin'
import { nobody } from '@/lib/access/nobody'
import { readOutbox } from '@/lib/access/readOutbox'

/**
 * The development outbox: without RESEND_API_KEY, every email the app would send lands
 * here (and in the log) instead, so the product works offline. Written only by the mailer.
 */
export const EmailOutbox: CollectionConfig = {
  slug: 'email-outbox',
  labels: { singular: 'Outbox email', plural: 'Development outbox' },
  admin: {
    useAsTitle: 'subject',
    group: 'Sales',
    defaultColumns: ['createdAt', 'kind', 'to', 'subject'],
    description: 'Emails kept here instead of being sent, because RESEND_API_KEY is not set.',
  },
  defaultSort: '-createdAt',
  // Erasure on request (`lib/leads/erase.ts`): the confirmation is addressed to the person, the
  // sales notification carries their address as reply-to (and their enquiry in its body).
  // `like` finds the candidates whatever case the address was typed in; only those whose `to`
  // or `replyTo` is exactly that address (ignoring case) are deleted, not `ba@x.test`.
  custom: {
    personalData: {
      whereEmail: (email: string): Where => ({ or: [{ to: { like: email } }, { replyTo: { like: email } }] }),
      emailFields: ['to', 'replyTo'],
    },
  },
  access: { read: readOutbox, create: nobody, update: nobody, delete: isAdmin },
  fields: [
    { name: 'idempotencyKey', type: 'text', required: true, unique: true, admin: { readOnly: true } },
    { name: 'kind', type: 'text', admin: { readOnly: true } },
    { name: 'lead', type: 'relationship', relationTo: 'leads', admin: { readOnly: true } },
    { name: 'from', type: 'text', admin: { readOnly: true } },
    { name: 'to', type: 'text', admin: { readOnly: true } },
    { name: 'replyTo', type: 'text', admin: { readOnly: true } },
    { name: 'subject', type: 'text', admin: { readOnly: true } },
    { name: 'text', type: 'textarea', admin: { readOnly: true } },
    {
      name: 'html',
      type: 'textarea',
      admin: { readOnly: true, description: 'The HTML body, shown as source (never rendered here).' },
    },
  ],
}
