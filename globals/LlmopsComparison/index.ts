import { contentGlobal } from '@/lib/payload/contentGlobal'

/** 004 / LLMOPS: the classical-versus-LLMOps table. */
export const LlmopsComparison = contentGlobal({
  slug: 'llmops-comparison',
  label: 'Classical vs LLMOps table',
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'dimensionHeading',
          type: 'text',
          required: true,
          admin: { width: '33%', description: 'Header of the first column.' },
        },
        { name: 'classicalHeading', type: 'text', required: true, admin: { width: '33%' } },
        { name: 'llmopsHeading', type: 'text', required: true, admin: { width: '33%' } },
      ],
    },
    {
      name: 'caption',
      type: 'text',
      required: true,
      admin: { description: 'Table caption, read by screen readers.' },
    },
    {
      name: 'rows',
      type: 'array',
      required: true,
      minRows: 1,
      labels: { singular: 'Row', plural: 'Rows' },
      fields: [
        { name: 'dimension', type: 'text', required: true },
        { name: 'classical', type: 'textarea', required: true },
        { name: 'llmops', label: 'LLMOps', type: 'textarea', required: true },
      ],
    },
    { name: 'footnote', type: 'textarea' },
  ],
})
