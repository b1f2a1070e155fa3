import type { SectionIntro, StackRow } from '@/payload-types'

import { Section } from '../ui/Section'
import { Tags } from '../ui/Tags'

/** 002: the tool matrix, one layer per row, with its pick and skip triggers. */
export function Stack({ copy, rows }: { copy: SectionIntro['stack']; rows: StackRow[] }) {
  const { labels } = copy
  return (
    <Section id="stack" copy={copy}>
      <div className="stack">
        {rows.map((row) => (
          <article key={row.id} className="stack__row" aria-labelledby={`stack-${row.id}`}>
            <div className="stack__lead">
              <h3 id={`stack-${row.id}`}>{row.layer}</h3>
              <Tags items={row.tools} label={`${labels.tools}: ${row.layer}`} />
            </div>
            <dl className="stack__facts">
              <div className="stack__fact stack__fact--wide">
                <dt>{labels.why}</dt>
                <dd>{row.why}</dd>
              </div>
              <div className="stack__fact">
                <dt>{labels.pickWhen}</dt>
                <dd>{row.pickWhen}</dd>
              </div>
              <div className="stack__fact">
                <dt>{labels.skipWhen}</dt>
                <dd>{row.skipWhen}</dd>
              </div>
              <div className="stack__fact stack__fact--default">
                <dt>{labels.ourDefault}</dt>
                <dd>{row.ourDefault}</dd>
              </div>
            </dl>
          </article>
        ))}
      </div>
    </Section>
  )
}
