import type { CollectionConfig } from 'payload'

import { isAdmin } from '@/lib/access/isAdmin'
import { isSalesOrAdmin } from '@/lib/access/isSalesOrAdmin'
import { CLOUDS, LEAD_STATUSES, NOTIFICATION_STATES, TIMELINES } from '@/lib/leads/options'
import { DUPLICATES_FIELD } from '@/lib/leads/duplicates'

import { protectSystemFields } from './hooks/protectSystemFields'
import { queueArrivalJobs } from './hooks/queueArrivalJobs'
import { queueStatusEvent } from './hooks/queueStatusEvent'
import { stampArrival } from './hooks/stampArrival'
import { eraseEndpoint } from './endpoints/erase'
import { withLeadFieldAccess } from './fieldAccess'
import { answersField, duplicatesSummaryField } from './fields/triageFields'
import { historyField, newNoteField, slaFields } from './fields/workflowFields'
import { appendNote } from './hooks/appendNote'
import { trackWorkflow } from './hooks/trackWorkflow'

const notification = (name: string, label: string) => ({
  name,
  label,
  type: 'group' as const,
  fields: [
    { name: 'state', type: 'select' as const, defaultValue: 'pending', options: [...NOTIFICATION_STATES] },
    { name: 'attempts', type: 'number' as const, defaultValue: 0 },
    { name: 'sentAt', type: 'date' as const },
    { name: 'providerId', type: 'text' as const },
    { name: 'lastError', type: 'text' as const },
  ],
})

/**
 * Enquiries from "Start a project". Created only by the server after validation (never
 * through the API by a visitor); read and worked by sales and admins.
 */
export const Leads: CollectionConfig = {
  slug: 'leads',
  labels: { singular: 'Lead', plural: 'Leads' },
  admin: {
    useAsTitle: 'name',
    group: 'Sales',
    defaultColumns: ['receivedAt', 'name', 'company', 'areas', 'status', 'owner', 'age'],
    listSearchableFields: ['name', 'email', 'company'],
  },
  defaultSort: '-receivedAt',
  access: {
    read: isSalesOrAdmin,
    create: () => false,
    update: isSalesOrAdmin,
    delete: isAdmin,
  },
  hooks: {
    beforeChange: [stampArrival, protectSystemFields, trackWorkflow, appendNote],
    afterChange: [queueArrivalJobs, queueStatusEvent],
  },
  endpoints: [eraseEndpoint],
  // Laid out for triage: who, what they asked, then the notes and a new one (status and owner at the top of
  // the sidebar); where the lead came from, its emails and the connection sit in collapsed groups. The rows
  // and collapsibles are unnamed and the stored fields keep their order: the form changes, the columns and
  // the generated schema do not.
  fields: withLeadFieldAccess([
    {
      name: 'reference',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'submissionId',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      admin: { readOnly: true, hidden: true },
    },
    // Who
    {
      type: 'row',
      fields: [
        { name: 'name', type: 'text', required: true, maxLength: 200 },
        { name: 'email', type: 'email', required: true, index: true },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'company', type: 'text', required: true, maxLength: 200 },
        { name: 'role', type: 'text', maxLength: 200 },
      ],
    },
    duplicatesSummaryField,
    // What they asked
    { name: 'areas', type: 'relationship', relationTo: 'service-areas', hasMany: true },
    {
      type: 'row',
      fields: [
        { name: 'cloud', type: 'select', options: [...CLOUDS] },
        { name: 'timeline', type: 'select', options: [...TIMELINES] },
      ],
    },
    { name: 'message', type: 'textarea', maxLength: 5000 },
    answersField,
    // Where they came from
    {
      type: 'collapsible',
      label: 'Where they came from, and consent',
      admin: { initCollapsed: true },
      fields: [
        { name: 'consent', type: 'checkbox', required: true },
        {
          name: 'consentText',
          type: 'textarea',
          admin: { readOnly: true, description: 'The wording the prospect agreed to.' },
        },
        {
          name: 'context',
          type: 'group',
          admin: { description: 'Where the prospect came from.' },
          fields: [
            {
              type: 'row',
              fields: [
                { name: 'utmSource', type: 'text' },
                { name: 'utmMedium', type: 'text' },
                { name: 'utmCampaign', type: 'text' },
              ],
            },
            {
              type: 'row',
              fields: [
                { name: 'utmTerm', type: 'text' },
                { name: 'utmContent', type: 'text' },
              ],
            },
            {
              type: 'row',
              fields: [
                { name: 'referrer', type: 'text' },
                { name: 'landingPath', type: 'text' },
              ],
            },
            { name: 'decideOutcome', type: 'text' },
            { name: 'driftSummary', type: 'textarea' },
          ],
        },
      ],
    },
    // The state of the lead, in the sidebar
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'new',
      index: true,
      options: LEAD_STATUSES.map((s) => ({ value: s, label: s[0]!.toUpperCase() + s.slice(1) })),
      admin: { position: 'sidebar' },
    },
    {
      name: 'owner',
      type: 'relationship',
      relationTo: 'users',
      index: true,
      filterOptions: { role: { equals: 'sales' } },
      admin: { position: 'sidebar' },
    },
    ...slaFields,
    {
      name: 'receivedAt',
      type: 'date',
      required: true,
      index: true,
      admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'firstResponseAt',
      type: 'date',
      admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'spam',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      admin: { position: 'sidebar', readOnly: true },
    },
    { name: 'spamReason', type: 'text', admin: { position: 'sidebar', readOnly: true } },
    // Emails and connection
    {
      type: 'collapsible',
      label: 'Emails sent, and the connection',
      admin: { initCollapsed: true },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'ipHash', type: 'text', admin: { readOnly: true } },
            { name: 'userAgent', type: 'text', admin: { readOnly: true } },
          ],
        },
        notification('salesNotification', 'Sales notification'),
        notification('confirmation', 'Confirmation to the prospect'),
      ],
    },
    // What sales did and do
    {
      name: 'notes',
      type: 'array',
      fields: [
        { name: 'body', type: 'textarea', required: true, maxLength: 5000 },
        { name: 'author', type: 'relationship', relationTo: 'users' },
        { name: 'createdAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
      ],
    },
    newNoteField,
    historyField,
    {
      type: 'collapsible',
      label: 'Every change, as stored',
      admin: { initCollapsed: true },
      fields: [
        {
          name: 'activity',
          type: 'array',
          admin: { readOnly: true, initCollapsed: true },
          fields: [
            { name: 'kind', type: 'select', options: ['status', 'owner', 'note'] },
            { name: 'from', type: 'text' },
            { name: 'to', type: 'text' },
            { name: 'by', type: 'relationship', relationTo: 'users' },
            { name: 'at', type: 'date' },
          ],
        },
      ],
    },
    {
      name: DUPLICATES_FIELD,
      type: 'relationship',
      relationTo: 'leads',
      hasMany: true,
      // Ids only, at any depth: a lead with many duplicates must not pull their whole documents
      // into a list read at depth 1 (the admin list, the REST list).
      maxDepth: 0,
      // Stored, listable and filterable; the edit view shows it as "Earlier enquiries" (a count and the five
      // most recent, duplicatesSummaryField) instead of a chip per lead.
      admin: { readOnly: true, condition: () => false },
    },
  ]),
}
