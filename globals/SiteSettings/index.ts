import { contentGlobal } from '@/lib/payload/contentGlobal'
import { TAGS } from '@/lib/cache/tags'

/** Site-wide settings: the practice's name, contact address and page metadata. */
export const SiteSettings = contentGlobal({
  slug: 'site-settings',
  label: 'Site settings',
  tag: TAGS.siteSettings,
  admin: { group: 'Settings' },
  fields: [
    { name: 'siteName', type: 'text', required: true },
    { name: 'contactEmail', type: 'email', required: true },
    { name: 'metaTitle', type: 'text', required: true },
    { name: 'metaDescription', type: 'textarea', required: true, maxLength: 300 },
    {
      name: 'skipLinkLabel',
      type: 'text',
      required: true,
      admin: { description: 'The "skip to content" link keyboard users see first.' },
    },
  ],
})
