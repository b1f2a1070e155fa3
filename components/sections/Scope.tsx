import type { SectionIntro, ServiceArea } from '@/payload-types'

import { Section } from '../ui/Section'
import { Tags } from '../ui/Tags'

/** 001: the six service areas. */
export function Scope({ copy, areas }: { copy: SectionIntro['scope']; areas: ServiceArea[] }) {
  return (
    <Section id="scope" copy={copy}>
      <ol className="card-grid card-grid--3" role="list">
        {areas.map((area) => (
          <li key={area.id} className="card">
            <p className="card__label">
              {area.number} / {area.code}
            </p>
            <h3 className="card__title">{area.title}</h3>
            <p className="card__body">{area.body}</p>
            <Tags items={area.tools} />
          </li>
        ))}
      </ol>
    </Section>
  )
}
