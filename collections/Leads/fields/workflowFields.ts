import type { Field } from 'payload'

import { ageLabel, isOverdue } from '@/lib/leads/sla'

/**
 * Fields computed on read, never stored: the lead's age ("5 h", with "· overdue" once a new
 * lead passes the response target) and the overdue flag itself.
 */
export const slaFields: Field[] = [
  {
    name: 'age',
    type: 'text',
    virtual: true,
    admin: { position: 'sidebar', readOnly: true, disableListFilter: true },
    hooks: {
      afterRead: [
        ({ siblingData }) => {
          const label = ageLabel(siblingData.receivedAt)
          return label && isOverdue(siblingData) ? `${label} · overdue` : label
        },
      ],
    },
  },
  {
    name: 'overdue',
    type: 'checkbox',
    virtual: true,
    admin: { position: 'sidebar', readOnly: true, disableListFilter: true, disableListColumn: true },
    hooks: { afterRead: [({ siblingData }) => isOverdue(siblingData)] },
  },
]

/** The box sales type a note into; the server turns it into a signed, dated note. */
export const newNoteField: Field = {
  name: 'newNote',
  label: 'Add a note',
  type: 'textarea',
  virtual: true,
  maxLength: 5000,
  admin: {
    // Payload makes virtual fields read-only in the admin unless told otherwise.
    readOnly: false,
    description:
      'Saved with your name and the time when you save the lead. Notes cannot be edited afterwards.',
  },
}

/** The activity history as readable lines (who did what, when), shown above the raw rows. */
export const historyField: Field = {
  name: 'history',
  type: 'ui',
  admin: { components: { Field: '@/components/admin/LeadHistory#LeadHistory' } },
}
