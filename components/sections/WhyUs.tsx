import type { SectionIntro, WhyUs as WhyUsData } from '@/payload-types'

import { Section } from '../ui/Section'

/** 010: the reasons teams pick the practice. */
export function WhyUs({ copy, whyUs }: { copy: SectionIntro['why']; whyUs: WhyUsData }) {
  return (
    <Section id="why" copy={copy}>
      <ol className="reasons">
        {whyUs.reasons.map((reason, i) => (
          <li key={reason.id ?? reason.title} className="reason">
            <p className="reason__number" aria-hidden="true">
              {String(i + 1).padStart(2, '0')}
            </p>
            <h3>{reason.title}</h3>
            <p>{reason.body}</p>
          </li>
        ))}
      </ol>
    </Section>
  )
}
