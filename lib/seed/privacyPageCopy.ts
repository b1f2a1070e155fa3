import type { PayloadRequest } from 'payload'

import { privacyPage } from './content/privacyPage'

/**
 * For a site seeded before /privacy existed: gives the new `privacy-page` global its words
 * (published, once). An empty database is left to the seed. Called by the migration that
 * adds the global.
 */
export async function fillPrivacyPage(req: PayloadRequest): Promise<void> {
  const { payload } = req
  const [settings, current] = await Promise.all([
    payload.findGlobal({ slug: 'site-settings', req, depth: 0, overrideAccess: true }),
    payload.findGlobal({ slug: 'privacy-page', req, depth: 0, overrideAccess: true, draft: true }),
  ])
  if (!settings.updatedAt || current.updatedAt) return
  await payload.updateGlobal({
    slug: 'privacy-page',
    data: { ...privacyPage, _status: 'published' },
    req,
    overrideAccess: true,
    context: { disableRevalidate: true },
  })
}
