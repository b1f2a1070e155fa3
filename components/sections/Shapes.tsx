import type { SectionIntro, Shape } from '@/payload-types'

import { Section } from '../ui/Section'

/** 008: three typical engagement shapes. */
export function Shapes({ copy, shapes }: { copy: SectionIntro['shapes']; shapes: Shape[] }) {
  return (
    <Section id="shapes" copy={copy} tone="dark">
      <ol className="card-grid card-grid--3">
        {shapes.map((shape) => (
          <li key={shape.id} className="card card--shape">
            <p className="card__label">{shape.kicker}</p>
            <p className="card__segment">{shape.segment}</p>
            <h3 className="card__title">{shape.title}</h3>
            <p className="card__body">{shape.body}</p>
            <p className="badge">{shape.outcome}</p>
          </li>
        ))}
      </ol>
    </Section>
  )
}
