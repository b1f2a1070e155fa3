import type { Faq as FaqData, SectionIntro } from '@/payload-types'

import { Paragraphs } from '../ui/Paragraphs'
import { Section } from '../ui/Section'

/** 011: questions as disclosures; each one deep-linkable at #faq-<anchor>. */
export function Faq({ copy, faqs }: { copy: SectionIntro['faq']; faqs: FaqData[] }) {
  return (
    <Section id="faq" copy={copy}>
      <div className="faq">
        {faqs.map((faq) => (
          <details key={faq.id} id={`faq-${faq.anchor}`} className="faq__item">
            <summary>
              <h3 className="faq__question">{faq.question}</h3>
            </summary>
            <div className="faq__answer">
              <Paragraphs text={faq.answer} />
            </div>
          </details>
        ))}
      </div>
    </Section>
  )
}
