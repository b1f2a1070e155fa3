import { contentCollection } from '@/lib/payload/contentCollection'

import { anchorFromQuestion } from './hooks/anchorFromQuestion'

/** 011 / FAQ: the questions buyers ask. */
export const FAQs = contentCollection({
  slug: 'faqs',
  labels: { singular: 'FAQ', plural: 'FAQs' },
  admin: { useAsTitle: 'question', defaultColumns: ['question', 'anchor'] },
  fields: [
    { name: 'question', type: 'text', required: true },
    { name: 'answer', type: 'textarea', required: true },
    {
      name: 'anchor',
      type: 'text',
      unique: true,
      index: true,
      hooks: { beforeValidate: [anchorFromQuestion] },
      admin: {
        position: 'sidebar',
        description: 'Deep link: /#faq-<anchor>. Filled from the question when left empty.',
      },
    },
  ],
})
