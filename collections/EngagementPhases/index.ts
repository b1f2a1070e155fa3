import { ValidationError, type CollectionBeforeValidateHook } from 'payload'

import { contentCollection } from '@/lib/payload/contentCollection'

const weeksInOrder: CollectionBeforeValidateHook = ({ data, originalDoc, req }) => {
  const start = data?.weekStart ?? originalDoc?.weekStart
  const end = data?.weekEnd ?? originalDoc?.weekEnd
  if (typeof start === 'number' && typeof end === 'number' && end < start) {
    throw new ValidationError({
      errors: [{ message: 'The last week cannot come before the first.', path: 'weekEnd' }],
      req,
    })
  }
  return data
}

/** 007 / ENGAGEMENT: the phases of a typical engagement, each with its weeks. */
export const EngagementPhases = contentCollection({
  slug: 'engagement-phases',
  labels: { singular: 'Engagement phase', plural: 'Engagement phases' },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'weekStart', 'weekEnd'] },
  hooks: { beforeValidate: [weeksInOrder] },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'weekStart',
          label: 'First week',
          type: 'number',
          required: true,
          min: 1,
          max: 104,
          admin: { width: '25%' },
        },
        {
          name: 'weekEnd',
          label: 'Last week',
          type: 'number',
          required: true,
          min: 1,
          max: 104,
          admin: { width: '25%' },
        },
      ],
    },
    { name: 'title', type: 'text', required: true },
    { name: 'deliverables', type: 'textarea', required: true },
    { name: 'exitCriterion', label: 'Exit criterion', type: 'textarea', required: true },
  ],
})
