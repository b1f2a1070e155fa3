import type { Pattern, SectionIntro } from '@/payload-types'

import { PatternTabs } from '../islands/PatternTabs'
import { Section } from '../ui/Section'

/**
 * 003: the continuous-training patterns. PatternTabs shows them side by side without
 * JavaScript and as a tab set with it.
 */
export function Patterns({ copy, patterns }: { copy: SectionIntro['patterns']; patterns: Pattern[] }) {
  return (
    <Section id="patterns" copy={copy}>
      <PatternTabs
        label={copy.labels.tablist}
        labels={{ pickWhen: copy.labels.pickWhen, skipWhen: copy.labels.skipWhen, stack: copy.labels.stack }}
        patterns={patterns.map((p) => ({
          id: String(p.id),
          number: p.number,
          title: p.title,
          summary: p.summary,
          pickWhen: p.pickWhen.map((item) => item.text),
          skipWhen: p.skipWhen.map((item) => item.text),
          stack: p.stack ?? [],
        }))}
      />
    </Section>
  )
}
