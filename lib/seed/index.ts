import type { CollectionSlug, GlobalSlug, Payload } from 'payload'

import * as content from './content'
import { inTransaction } from './transaction'
import { seedUsersFromEnv } from '../env/seedUsers'
import { seedUsers } from './users'

export type SeedReport = {
  collections: Record<string, number>
  globals: string[]
  users: string[]
  refusedRoles: string[]
}

const COLLECTIONS: [CollectionSlug, readonly object[]][] = [
  ['service-areas', content.serviceAreas],
  ['stack-rows', content.stackRows],
  ['patterns', content.patterns],
  ['gates', content.gates],
  ['drift-thresholds', content.driftThresholds],
  ['engagement-phases', content.engagementPhases],
  ['shapes', content.shapes],
  ['faqs', content.faqs],
]

const GLOBALS: [GlobalSlug, object][] = [
  ['hero', content.hero],
  ['section-intros', content.sectionIntros],
  ['llmops-comparison', content.llmopsComparison],
  ['monitoring-signals', content.monitoringSignals],
  ['decide-tree', content.decideTree],
  ['drift-calculator', content.driftCalculator],
  ['why-us', content.whyUs],
  ['closing-cta', content.closingCta],
  ['header', content.header],
  ['footer', content.footer],
  ['site-settings', content.siteSettings],
  ['privacy-page', content.privacyPage],
]

/**
 * Loads the brief into an empty site. Idempotent and respectful of edits: a collection is
 * filled only while it is empty and a global only while it has never been saved, each in
 * its own transaction, so a second run (or a run after marketing edited anything) changes
 * nothing. Seeding does not revalidate the cache: nothing was cached before it.
 */
export async function seed(payload: Payload): Promise<SeedReport> {
  const report: SeedReport = { collections: {}, globals: [], users: [], refusedRoles: [] }

  for (const [slug, docs] of COLLECTIONS) {
    const { totalDocs } = await payload.count({ collection: slug })
    if (totalDocs > 0) continue
    await inTransaction(payload, async (req) => {
      for (const data of docs) {
        await payload.create({
          collection: slug,
          data: { ...data, _status: 'published' } as never,
          req,
          context: req.context,
        })
      }
    })
    report.collections[slug] = docs.length
  }

  for (const [slug, data] of GLOBALS) {
    const current = (await payload.findGlobal({ slug, draft: true })) as { updatedAt?: string | null }
    if (current.updatedAt) continue
    await inTransaction(payload, (req) =>
      payload.updateGlobal({
        slug,
        data: { ...data, _status: 'published' } as never,
        req,
        context: req.context,
      }),
    )
    report.globals.push(slug)
  }

  const { users, refused } = seedUsersFromEnv()
  report.users = await seedUsers(payload, users)
  report.refusedRoles = refused
  return report
}
