import 'server-only'

import { unstable_cache } from 'next/cache'
import type { CollectionSlug, DataFromCollectionSlug, DataFromGlobalSlug, GlobalSlug } from 'payload'

import { TAGS, type CacheTag } from '../cache/tags'
import { previewEditor } from '../preview/editor'
import { getPayloadClient } from '../payload/client'

/** The page-content collections and the cache tag each one's loader uses. */
const COLLECTION_TAG = {
  'service-areas': TAGS.serviceAreas,
  'stack-rows': TAGS.stackRows,
  patterns: TAGS.patterns,
  gates: TAGS.gates,
  'drift-thresholds': TAGS.driftThresholds,
  'engagement-phases': TAGS.engagementPhases,
  shapes: TAGS.shapes,
  faqs: TAGS.faqs,
} as const satisfies Partial<Record<CollectionSlug, CacheTag>>

export type ContentCollection = keyof typeof COLLECTION_TAG

/** Page globals (Payload's own `payload-jobs-stats` is not content). */
type ContentGlobal = Exclude<GlobalSlug, 'payload-jobs-stats'>

const GLOBAL_TAG: Record<ContentGlobal, CacheTag> = {
  hero: TAGS.hero,
  'section-intros': TAGS.sectionIntros,
  'llmops-comparison': TAGS.llmopsComparison,
  'monitoring-signals': TAGS.monitoringSignals,
  'decide-tree': TAGS.decideTree,
  'drift-calculator': TAGS.driftCalculator,
  'why-us': TAGS.whyUs,
  'closing-cta': TAGS.closingCta,
  header: TAGS.header,
  footer: TAGS.footer,
  'site-settings': TAGS.siteSettings,
  'privacy-page': TAGS.privacyPage,
}

/**
 * The published documents of a content collection, in marketing's order, read with the
 * access rules of an anonymous visitor and cached under the collection's own tag.
 * An editor in draft mode gets the latest drafts instead, read with their own access, uncached.
 */
export async function loadCollection<S extends ContentCollection>(
  slug: S,
): Promise<DataFromCollectionSlug<S>[]> {
  const editor = await previewEditor()
  const read = async () => {
    const payload = await getPayloadClient()
    const result = await payload.find({
      collection: slug as CollectionSlug,
      overrideAccess: false,
      ...(editor ? { draft: true, user: editor } : { draft: false }),
      depth: 0,
      pagination: false,
      sort: '_order',
    })
    return result.docs as DataFromCollectionSlug<S>[]
  }
  if (editor) return read()
  return unstable_cache(read, ['collection', slug], { tags: [COLLECTION_TAG[slug]] })()
}

/** The published version of a global, read as an anonymous visitor, cached under its tag (drafts in draft mode). */
export async function loadGlobal<S extends ContentGlobal>(slug: S): Promise<DataFromGlobalSlug<S>> {
  const editor = await previewEditor()
  const read = async () => {
    const payload = await getPayloadClient()
    return payload.findGlobal({
      slug,
      overrideAccess: false,
      ...(editor ? { draft: true, user: editor } : { draft: false }),
      depth: 1,
    })
  }
  if (editor) return read()
  return unstable_cache(read, ['global', slug], { tags: [GLOBAL_TAG[slug]] })()
}
