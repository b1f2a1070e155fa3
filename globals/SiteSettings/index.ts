import { contentGlobal } from '@/lib/payload/contentGlobal'

/**
 * Site-wide settings: the practice's name, contact address, the words an editor sees in
 * preview, and (added by the SEO plugin, see `lib/seo/plugin.ts`) the page's title,
 * description and sharing image.
 */
export const SiteSettings = contentGlobal({
  slug: 'site-settings',
  label: 'Site settings',
  admin: { group: 'Settings' },
  fields: [
    { name: 'siteName', type: 'text', required: true },
    { name: 'contactEmail', type: 'email', required: true },
    {
      name: 'skipLinkLabel',
      type: 'text',
      required: true,
      admin: { description: 'The "skip to content" link keyboard users see first.' },
    },
    {
      name: 'preview',
      type: 'group',
      label: 'Draft preview',
      admin: { description: 'The bar editors see at the top of the page while previewing drafts.' },
      fields: [
        { name: 'notice', type: 'text', required: true },
        { name: 'exitLabel', type: 'text', required: true },
      ],
    },
  ],
})
