import { contentGlobal } from '@/lib/payload/contentGlobal'
import { linkGroup } from '@/lib/payload/linkFields'
import { paragraphs } from '@/lib/payload/sectionFields'

import { leadFormFields } from './formFields'

/** 013 / Start a project: the closing call to action. */
export const ClosingCta = contentGlobal({
  slug: 'closing-cta',
  label: 'Closing call to action',
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'number', type: 'text', required: true, admin: { width: '20%' } },
        { name: 'kicker', type: 'text', required: true, admin: { width: '80%' } },
      ],
    },
    { name: 'title', type: 'text', required: true },
    paragraphs('body', 'Body', true),
    linkGroup('cta', 'Button'),
    leadFormFields,
  ],
})
