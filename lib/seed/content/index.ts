export type { GlobalSeed, Seed } from './types'
export { serviceAreas } from './serviceAreas'
export { stackRows } from './stackRows'
export { patterns } from './patterns'
export { gates } from './gates'
export { driftThresholds } from './driftThresholds'
export { engagementPhases } from './engagementPhases'
export { shapes } from './shapes'
export { faqs } from './faqs'
export { driftCalculator } from './driftCalculator'
export {
  closingCta,
  decideTree,
  footer,
  header,
  hero,
  llmopsComparison,
  monitoringSignals,
  sectionIntros,
  siteSettings,
  whyUs,
} from './globals'
export { privacyPage } from './privacyPage'
