import type { LlmopsComparison, SectionIntro } from '@/payload-types'

import { Paragraphs } from '../ui/Paragraphs'
import { Section } from '../ui/Section'

/** 004: what changes when the model is a frontier LLM, as a real comparison table. */
export function Llmops({ copy, table }: { copy: SectionIntro['llmops']; table: LlmopsComparison }) {
  return (
    <Section id="llmops" copy={copy} tone="dark">
      <div className="table-wrap" role="region" aria-labelledby="llmops-caption" tabIndex={0}>
        <table className="table table--compare">
          <caption id="llmops-caption">{table.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{table.dimensionHeading}</th>
              <th scope="col">{table.classicalHeading}</th>
              <th scope="col">{table.llmopsHeading}</th>
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row) => (
              <tr key={row.id ?? row.dimension}>
                <th scope="row">{row.dimension}</th>
                <td>{row.classical}</td>
                <td>{row.llmops}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="note">
        <Paragraphs text={table.footnote} />
      </div>
    </Section>
  )
}
