import type { Gate, SectionIntro } from '@/payload-types'

import { Section } from '../ui/Section'

/** 005: the four eval gates, in order. */
export function Cd4ml({ copy, gates }: { copy: SectionIntro['cd4ml']; gates: Gate[] }) {
  return (
    <Section id="cd4ml" copy={copy}>
      <ol className="gates">
        {gates.map((gate) => (
          <li key={gate.id} className="gate">
            <p className="gate__label">
              {copy.labels.gate} {gate.number}
            </p>
            <h3 className="gate__title">{gate.title}</h3>
            <p>{gate.body}</p>
          </li>
        ))}
      </ol>
    </Section>
  )
}
