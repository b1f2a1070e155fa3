import { ClosingCta } from './ClosingCta'
import { DecideTree } from './DecideTree'
import { DriftCalculator } from './DriftCalculator'
import { Footer } from './Footer'
import { Header } from './Header'
import { Hero } from './Hero'
import { LlmopsComparison } from './LlmopsComparison'
import { MonitoringSignals } from './MonitoringSignals'
import { PrivacyPage } from './PrivacyPage'
import { SectionIntros } from './SectionIntros'
import { SiteSettings } from './SiteSettings'
import { WhyUs } from './WhyUs'

export const globals = [
  Hero,
  SectionIntros,
  LlmopsComparison,
  MonitoringSignals,
  DecideTree,
  DriftCalculator,
  WhyUs,
  ClosingCta,
  Header,
  Footer,
  SiteSettings,
  PrivacyPage,
]
