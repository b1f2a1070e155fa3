import { contentGlobal } from '@/lib/payload/contentGlobal'

/** 010 / WHY PAITEQ: the reasons teams pick the practice. */
export const WhyUs = contentGlobal({
  slug: 'why-us',
  label: 'Why us',
  fields: [
    {
      name: 'reasons',
      type: 'array',
      required: true,
      minRows: 1,
      maxRows: 6,
      labels: { singular: 'Reason', plural: 'Reasons' },
      fields: [
        { name: 'title', type: 'text', required: true },
        { name: 'body', type: 'textarea', required: true },
      ],
    },
  ],
})
