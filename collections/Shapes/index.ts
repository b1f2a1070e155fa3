import { contentCollection } from '@/lib/payload/contentCollection'

/** 008 / SHAPES: the typical engagement shapes. */
export const Shapes = contentCollection({
  slug: 'shapes',
  labels: { singular: 'Engagement shape', plural: 'Engagement shapes' },
  admin: { useAsTitle: 'title', defaultColumns: ['kicker', 'title', 'outcome'] },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'kicker',
          type: 'text',
          required: true,
          admin: { width: '33%', description: 'e.g. CT PIPELINE' },
        },
        {
          name: 'segment',
          type: 'text',
          required: true,
          admin: { width: '67%', description: 'Who it is for.' },
        },
      ],
    },
    { name: 'title', type: 'text', required: true },
    { name: 'body', type: 'textarea', required: true },
    {
      name: 'outcome',
      type: 'text',
      required: true,
      admin: { description: 'The badge, e.g. "CT pipeline live".' },
    },
  ],
})
