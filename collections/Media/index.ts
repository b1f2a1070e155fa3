import type { CollectionConfig } from 'payload'

import { collectionTag } from '@/lib/cache/tags'
import { anyone } from '@/lib/access/anyone'
import { canEditContent } from '@/lib/access/canEditContent'
import { revalidateCollectionAfterChange, revalidateCollectionAfterDelete } from '@/lib/cache/hooks'
import { mediaDir } from '@/lib/env/storage'

import { explainTooLarge } from './hooks/explainTooLarge'
import { refuseHugeImages } from './hooks/refuseHugeImages'

/**
 * Images marketing uploads (Open Graph images, illustrations). Alt text is required. Files
 * over 10 MB are refused as they arrive (`upload.limits` in payload.config.ts), images over
 * 40 megapixels before they are decoded (`lib/uploads/limits.ts`).
 */
export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: 'Media', plural: 'Media' },
  admin: { group: 'Page content' },
  access: { read: anyone, create: canEditContent, update: canEditContent, delete: canEditContent },
  upload: {
    staticDir: mediaDir(),
    mimeTypes: ['image/png', 'image/jpeg', 'image/webp', 'image/avif'],
    imageSizes: [{ name: 'og', width: 1200, height: 630, position: 'centre' }],
  },
  hooks: {
    beforeOperation: [refuseHugeImages],
    afterChange: [revalidateCollectionAfterChange(collectionTag('media'))],
    afterDelete: [revalidateCollectionAfterDelete(collectionTag('media'))],
    afterError: [explainTooLarge],
  },
  fields: [
    {
      name: 'alt',
      label: 'Alt text',
      type: 'text',
      required: true,
      admin: { description: 'Describe the image for people who cannot see it.' },
    },
  ],
}
