import type { Pattern, SectionIntro } from '@/payload-types'

import { PatternTabs } from '../islands/PatternTabs'
import { Section } from '../ui/Section'
import { Tags } from '../ui/Tags'

type Labels = SectionIntro['patterns']['labels']

export function PatternCard({ pattern, labels }: { pattern: Pattern; labels: Labels }) {
  return (
    <>
      <p className="pattern__number">{pattern.number}</p>
      <h3 className="pattern__title">{pattern.title}</h3>
      <p className="pattern__summary">{pattern.summary}</p>
      <div className="pattern__lists">
        <div>
          <h4 className="pattern__list-title pattern__list-title--pick">{labels.pickWhen}</h4>
          <ul className="ticks">
            {pattern.pickWhen.map((item) => (
              <li key={item.id ?? item.text}>{item.text}</li>
            ))}
          </ul>
        </div>
        <div>
          <h4 className="pattern__list-title pattern__list-title--skip">{labels.skipWhen}</h4>
          <ul className="crosses">
            {pattern.skipWhen.map((item) => (
              <li key={item.id ?? item.text}>{item.text}</li>
            ))}
          </ul>
        </div>
      </div>
      <h4 className="pattern__list-title">{labels.stack}</h4>
      <Tags items={pattern.stack} />
    </>
  )
}

/**
 * 003: the continuous-training patterns. Rendered here, on the server; PatternTabs shows
 * them side by side without JavaScript and as a tab set with it.
 */
export function Patterns({ copy, patterns }: { copy: SectionIntro['patterns']; patterns: Pattern[] }) {
  return (
    <Section id="patterns" copy={copy}>
      <PatternTabs
        label={copy.labels.tablist}
        tabs={patterns.map((p) => ({ id: `pattern-${p.number}`, number: p.number, title: p.title }))}
        panels={patterns.map((pattern) => (
          <PatternCard key={pattern.id} pattern={pattern} labels={copy.labels} />
        ))}
      />
    </Section>
  )
}
