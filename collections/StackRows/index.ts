import { contentCollection } from '@/lib/payload/contentCollection'
import { toolsField } from '@/lib/payload/fields'

/** 002 / STACK: one row of the tool matrix per layer. */
export const StackRows = contentCollection({
  slug: 'stack-rows',
  labels: { singular: 'Stack row', plural: 'Stack rows' },
  admin: { useAsTitle: 'layer', defaultColumns: ['layer', 'ourDefault'] },
  fields: [
    { name: 'layer', type: 'text', required: true },
    { name: 'why', label: 'Why these tools', type: 'textarea', required: true },
    { name: 'pickWhen', label: 'Pick when', type: 'textarea', required: true },
    { name: 'skipWhen', label: 'Skip when', type: 'textarea', required: true },
    { name: 'ourDefault', label: 'Our default', type: 'textarea', required: true },
    toolsField(),
  ],
})
