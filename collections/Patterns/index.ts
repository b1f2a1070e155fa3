import { contentCollection } from '@/lib/payload/contentCollection'
import { bulletList, displayNumber, toolsField } from '@/lib/payload/fields'

/** 003 / PATTERNS: the continuous-training patterns of the carousel. */
export const Patterns = contentCollection({
  slug: 'patterns',
  labels: { singular: 'Training pattern', plural: 'Training patterns' },
  admin: { useAsTitle: 'title', defaultColumns: ['number', 'title'] },
  fields: [
    displayNumber('Shown above the title, e.g. "01".'),
    { name: 'title', type: 'text', required: true },
    { name: 'summary', type: 'textarea', required: true },
    bulletList('pickWhen', 'Pick when'),
    bulletList('skipWhen', 'Skip when'),
    toolsField('stack', 'Stack'),
  ],
})
