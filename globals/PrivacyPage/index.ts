import { contentGlobal } from '@/lib/payload/contentGlobal'

/** /privacy: what the enquiry form keeps and why; the form's consent sentence links here. */
export const PrivacyPage = contentGlobal({
  slug: 'privacy-page',
  label: 'Privacy page',
  fields: [
    { name: 'title', type: 'text', required: true },
    { name: 'intro', type: 'textarea', admin: { description: 'Blank lines separate paragraphs.' } },
    {
      name: 'sections',
      type: 'array',
      required: true,
      minRows: 1,
      labels: { singular: 'Section', plural: 'Sections' },
      fields: [
        { name: 'heading', type: 'text', required: true },
        {
          name: 'body',
          type: 'textarea',
          required: true,
          admin: { description: 'Blank lines separate paragraphs.' },
        },
      ],
    },
    {
      name: 'updated',
      type: 'text',
      required: true,
      admin: { description: 'Shown under the title, e.g. "Last changed 26 November 2026".' },
    },
  ],
})
