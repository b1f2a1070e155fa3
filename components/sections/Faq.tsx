import type { Faq as FaqData, SectionIntro } from '@/payload-types'

import { CopyFaqLink, OpenFaqFromHash } from '../islands/FaqLinks'
import { Paragraphs } from '../ui/Paragraphs'
import { Section } from '../ui/Section'

/**
 * 011: questions as disclosures; each one deep-linkable at #faq-<anchor>, with a visible
 * link to itself (and, with JavaScript, a copy button and opening on arrival). The answer
 * has an element of its own, apart from the link, so it reads as the answer and nothing else.
 */
export function Faq({ copy, faqs }: { copy: SectionIntro['faq']; faqs: FaqData[] }) {
  const { labels } = copy
  return (
    <Section id="faq" copy={copy}>
      <OpenFaqFromHash />
      <div className="faq">
        {faqs.map((faq) => {
          const id = `faq-${faq.anchor}`
          return (
            <details key={faq.id} id={id} className="faq__item">
              <summary>
                <h3 className="faq__question" id={`${id}-question`}>
                  {faq.question}
                </h3>
              </summary>
              <div className="faq__body">
                <div className="faq__answer">
                  <Paragraphs text={faq.answer} />
                </div>
                <p className="faq__link">
                  <a href={`#${id}`} aria-describedby={`${id}-question`}>
                    {labels.link}
                  </a>
                  <CopyFaqLink anchor={id} label={labels.copy} copiedLabel={labels.copied} />
                </p>
              </div>
            </details>
          )
        })}
      </div>
    </Section>
  )
}
