import { contentGlobal } from '@/lib/payload/contentGlobal'
import { linkGroup, linkList } from '@/lib/payload/linkFields'

/** The site header: the in-page navigation and its call to action. */
export const Header = contentGlobal({
  slug: 'header',
  label: 'Header',
  fields: [
    {
      name: 'navLabel',
      type: 'text',
      required: true,
      admin: { description: 'Name of the navigation, for screen readers.' },
    },
    linkList('links', 'Navigation links'),
    linkGroup('cta', 'Call to action'),
  ],
})
