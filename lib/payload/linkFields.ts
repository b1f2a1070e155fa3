import type { ArrayField, GroupField } from 'payload'

const hrefField = {
  name: 'href',
  type: 'text' as const,
  required: true,
  admin: {
    description: 'An in-page anchor (#faq), a path (/start-a-project) or a full https:// or mailto: address.',
  },
  validate: (value: string | null | undefined) =>
    !value ||
    /^(#[\w-]+|\/[^\s]*|https:\/\/[^\s]+|mailto:[^\s]+)$/.test(value) ||
    'Use #anchor, /path, https://… or mailto:…',
}

export const linkGroup = (name: string, label: string): GroupField => ({
  name,
  label,
  type: 'group',
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'label', type: 'text', required: true, admin: { width: '50%' } },
        { ...hrefField, admin: { ...hrefField.admin, width: '50%' } },
      ],
    },
  ],
})

export const linkList = (name: string, label: string): ArrayField => ({
  name,
  label,
  type: 'array',
  labels: { singular: 'Link', plural: 'Links' },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'label', type: 'text', required: true, admin: { width: '50%' } },
        { ...hrefField, admin: { ...hrefField.admin, width: '50%' } },
      ],
    },
  ],
})
