import { Cd4ml } from '@/components/sections/Cd4ml'
import { Decide } from '@/components/sections/Decide'
import { Engagement } from '@/components/sections/Engagement'
import { Faq } from '@/components/sections/Faq'
import { Hero } from '@/components/sections/Hero'
import { Llmops } from '@/components/sections/Llmops'
import { Monitor } from '@/components/sections/Monitor'
import { Patterns } from '@/components/sections/Patterns'
import { Scope } from '@/components/sections/Scope'
import { Shapes } from '@/components/sections/Shapes'
import { Stack } from '@/components/sections/Stack'
import { StartProject } from '@/components/sections/StartProject'
import { WhyUs } from '@/components/sections/WhyUs'
import { StructuredData } from '@/components/seo/StructuredData'
import { loadHomeContent } from '@/lib/content/home'

import { submitLeadAction } from './start-a-project/actions'

/*
 * Statically rendered; each piece of content is revalidated by its own cache tag. Not
 * `force-static`: that would hide the editor's session from a draft-mode render (preview).
 * Only draft mode reads request headers, so visitors' renders stay static (tests/home.test.ts).
 */

export default async function HomePage() {
  const c = await loadHomeContent()
  return (
    <>
      <Hero hero={c.hero} />
      <Scope copy={c.intros.scope} areas={c.serviceAreas} />
      <Stack copy={c.intros.stack} rows={c.stackRows} />
      <Patterns copy={c.intros.patterns} patterns={c.patterns} />
      <Llmops copy={c.intros.llmops} table={c.comparison} />
      <Cd4ml copy={c.intros.cd4ml} gates={c.gates} />
      <Monitor
        copy={c.intros.monitor}
        signals={c.signals}
        thresholds={c.thresholds}
        calculator={c.calculator}
      />
      <Engagement copy={c.intros.engagement} phases={c.phases} />
      <Shapes copy={c.intros.shapes} shapes={c.shapes} />
      <Decide copy={c.intros.decide} tree={c.tree} />
      <WhyUs copy={c.intros.why} whyUs={c.whyUs} />
      <Faq copy={c.intros.faq} faqs={c.faqs} />
      <StartProject closing={c.closing} areas={c.serviceAreas} action={submitLeadAction} />
      <StructuredData />
    </>
  )
}
