import { Paragraphs } from './Paragraphs'

export type SectionCopy = {
  number: string
  kicker: string
  title: string
  intro?: string | null
}

/** "001 / SCOPE", the section's h2 and its introduction. */
export function SectionHeader({ copy, id }: { copy: SectionCopy; id: string }) {
  return (
    <header className="section__header">
      <p className="section__label">
        <span className="section__number">{copy.number}</span>
        <span aria-hidden="true"> / </span>
        {copy.kicker}
      </p>
      <div className="section__heading">
        <h2 id={`${id}-title`}>{copy.title}</h2>
        <div className="section__intro">
          <Paragraphs text={copy.intro} />
        </div>
      </div>
    </header>
  )
}
