import { contentGlobal } from '@/lib/payload/contentGlobal'
import { linkList } from '@/lib/payload/linkFields'

/** The site footer. */
export const Footer = contentGlobal({
  slug: 'footer',
  label: 'Footer',
  fields: [
    { name: 'tagline', type: 'textarea', required: true },
    {
      name: 'navLabel',
      type: 'text',
      required: true,
      admin: { description: 'Name of the footer navigation, for screen readers.' },
    },
    linkList('links', 'Links'),
    { name: 'contactLabel', type: 'text', required: true },
    {
      name: 'legal',
      type: 'text',
      required: true,
      admin: { description: 'e.g. © 2026 Paiteq. All rights reserved.' },
    },
  ],
})
