import { Paragraphs } from './Paragraphs'
import { SectionLabel } from './SectionLabel'

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
      <SectionLabel number={copy.number} kicker={copy.kicker} />
      <div className="section__heading">
        <h2 id={`${id}-title`}>{copy.title}</h2>
        <div className="section__intro">
          <Paragraphs text={copy.intro} />
        </div>
      </div>
    </header>
  )
}
