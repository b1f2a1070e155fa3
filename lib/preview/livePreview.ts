import type { Config } from 'payload'

import { canPreview } from './canPreview'
import { previewUrl } from './url'

type LivePreview = NonNullable<NonNullable<Config['admin']>['livePreview']>

const CONTENT_COLLECTIONS = [
  'service-areas',
  'stack-rows',
  'patterns',
  'gates',
  'drift-thresholds',
  'engagement-phases',
  'shapes',
  'faqs',
]

const CONTENT_GLOBALS = [
  'hero',
  'section-intros',
  'llmops-comparison',
  'monitoring-signals',
  'decide-tree',
  'why-us',
  'closing-cta',
  'header',
  'footer',
  'site-settings',
]

/**
 * Everything on the home page can be edited beside a live preview of the page. The URL
 * carries the document's `updatedAt`: the admin recomputes it after each save, the frame's
 * address changes, and the frame reloads with the saved draft. The public page needs no
 * client code for this. Only editors (`canPreview`) are given the URL.
 */
export const livePreview = (serverUrl: string): LivePreview => ({
  // The URL carries PREVIEW_SECRET: staff who may not preview (sales read content) get no
  // URL, so no secret, and Payload shows them no live preview.
  url: ({ data, req }) =>
    canPreview(req.user)
      ? previewUrl(serverUrl, '/', typeof data?.updatedAt === 'string' ? data.updatedAt : null)
      : null,
  collections: CONTENT_COLLECTIONS,
  globals: CONTENT_GLOBALS,
  breakpoints: [
    { name: 'mobile', label: 'Mobile', width: 375, height: 667 },
    { name: 'desktop', label: 'Desktop', width: 1280, height: 800 },
  ],
})
