import { contentGlobal } from '@/lib/payload/contentGlobal'
import { linkGroup } from '@/lib/payload/linkFields'
import { paragraphs } from '@/lib/payload/sectionFields'

/** The top of the page: eyebrow, the one h1, the lede, the four facts and the calls to action. */
export const Hero = contentGlobal({
  slug: 'hero',
  label: 'Hero',
  fields: [
    { name: 'eyebrow', type: 'text', required: true },
    { name: 'title', type: 'text', required: true, admin: { description: 'The page’s only h1.' } },
    paragraphs('lede', 'Lede', true),
    {
      name: 'facts',
      type: 'array',
      labels: { singular: 'Fact', plural: 'Facts' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'label', type: 'text', required: true, admin: { width: '30%' } },
            { name: 'value', type: 'text', required: true, admin: { width: '70%' } },
          ],
        },
      ],
    },
    linkGroup('primaryCta', 'Primary call to action'),
    linkGroup('secondaryCta', 'Secondary call to action'),
  ],
})
