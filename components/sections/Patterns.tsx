import type { Pattern, SectionIntro } from '@/payload-types'

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

/** 003: the continuous-training patterns, side by side; each one reachable without JavaScript. */
export function Patterns({ copy, patterns }: { copy: SectionIntro['patterns']; patterns: Pattern[] }) {
  return (
    <Section id="patterns" copy={copy}>
      <div className="patterns-wrap" role="region" aria-label={copy.labels.tablist} tabIndex={0}>
        <ol className="patterns">
          {patterns.map((pattern) => (
            <li key={pattern.id} id={`pattern-${pattern.number}`} className="pattern">
              <PatternCard pattern={pattern} labels={copy.labels} />
            </li>
          ))}
        </ol>
      </div>
    </Section>
  )
}
