import { contentCollection } from '@/lib/payload/contentCollection'
import { displayNumber, toolsField } from '@/lib/payload/fields'

/** 001 / SCOPE: the six service areas. */
export const ServiceAreas = contentCollection({
  slug: 'service-areas',
  labels: { singular: 'Service area', plural: 'Service areas' },
  admin: { useAsTitle: 'title', defaultColumns: ['number', 'code', 'title'] },
  fields: [
    {
      type: 'row',
      fields: [
        displayNumber('Shown as "01 / SERVE".'),
        {
          name: 'code',
          type: 'text',
          required: true,
          admin: { width: '25%', description: 'Short code, e.g. SERVE.' },
        },
      ],
    },
    { name: 'title', type: 'text', required: true },
    { name: 'body', type: 'textarea', required: true },
    toolsField(),
  ],
})
