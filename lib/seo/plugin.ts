import { seoPlugin } from '@payloadcms/plugin-seo'
import type { Field } from 'payload'

/** Title and description are what search results show: they may not be left empty. */
const requireText = (field: Field): Field =>
  (field.type === 'text' || field.type === 'textarea') &&
  (field.name === 'title' || field.name === 'description')
    ? { ...field, required: true }
    : field

/**
 * The page's title, description and sharing image, on the site settings (the site is one
 * page). Without an uploaded image, `app/(frontend)/opengraph-image.tsx` draws one from the hero.
 */
export const seo = (serverUrl: string) =>
  seoPlugin({
    globals: ['site-settings'],
    uploadsCollection: 'media',
    generateURL: () => `${serverUrl}/`,
    fields: ({ defaultFields }) => defaultFields.map(requireText),
  })
