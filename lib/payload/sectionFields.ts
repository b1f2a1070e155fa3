import type { Field, GroupField } from 'payload'

/** The heading block every numbered section opens with: "001 / SCOPE" and its title. */
export const sectionHeading = (): Field[] => [
  {
    type: 'row',
    fields: [
      { name: 'number', type: 'text', required: true, admin: { width: '20%', description: 'e.g. 001' } },
      { name: 'kicker', type: 'text', required: true, admin: { width: '30%', description: 'e.g. SCOPE' } },
      {
        name: 'navLabel',
        type: 'text',
        required: true,
        admin: { width: '50%', description: 'Label in the page navigation.' },
      },
    ],
  },
  { name: 'title', type: 'text', required: true },
]

/** Paragraphs: one textarea, blank lines separate paragraphs. */
export const paragraphs = (name: string, label: string, required = false): Field => ({
  name,
  label,
  type: 'textarea',
  required,
  admin: { description: 'Leave a blank line between paragraphs.' },
})

export const section = (name: string, label: string, extra: Field[] = []): GroupField => ({
  name,
  label,
  type: 'group',
  fields: [
    ...sectionHeading(),
    paragraphs('intro', 'Introduction'),
    ...extra,
    paragraphs('outro', 'Closing note'),
  ],
})
