/**
 * One cache tag per collection and global. Data loaders tag what they read with these,
 * and the change hooks of the same collection or global revalidate exactly that tag.
 */
export const TAGS = {
  serviceAreas: 'service-areas',
  stackRows: 'stack-rows',
  patterns: 'patterns',
  gates: 'gates',
  driftThresholds: 'drift-thresholds',
  engagementPhases: 'engagement-phases',
  shapes: 'shapes',
  faqs: 'faqs',
  media: 'media',
  hero: 'global:hero',
  sectionIntros: 'global:section-intros',
  llmopsComparison: 'global:llmops-comparison',
  monitoringSignals: 'global:monitoring-signals',
  decideTree: 'global:decide-tree',
  driftCalculator: 'global:drift-calculator',
  whyUs: 'global:why-us',
  closingCta: 'global:closing-cta',
  header: 'global:header',
  footer: 'global:footer',
  siteSettings: 'global:site-settings',
  privacyPage: 'global:privacy-page',
} as const

export type CacheTag = (typeof TAGS)[keyof typeof TAGS]
