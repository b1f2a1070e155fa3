import { contentCollection } from '@/lib/payload/contentCollection'
import { displayNumber } from '@/lib/payload/fields'

/** 005 / CD4ML: the four eval gates, in order. */
export const Gates = contentCollection({
  slug: 'gates',
  labels: { singular: 'Gate', plural: 'Gates' },
  admin: { useAsTitle: 'title', defaultColumns: ['number', 'title'] },
  fields: [
    displayNumber('Shown as "GATE 01".'),
    { name: 'title', type: 'text', required: true },
    { name: 'body', type: 'textarea', required: true },
  ],
})
