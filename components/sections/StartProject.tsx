import type { ClosingCta } from '@/payload-types'

import { Paragraphs } from '../ui/Paragraphs'

/** 013: the closing call to action. */
export function StartProject({ closing }: { closing: ClosingCta }) {
  return (
    <section id="start" aria-labelledby="start-title" className="section section--accent">
      <div className="container start">
        <p className="section__label">
          <span className="section__number">{closing.number}</span>
          <span aria-hidden="true"> / </span>
          <span className="section__kicker">{closing.kicker}</span>
        </p>
        <h2 id="start-title" className="start__title">
          {closing.title}
        </h2>
        <div className="start__body">
          <Paragraphs text={closing.body} />
        </div>
        <p>
          <a className="button button--light" href={closing.cta.href}>
            {closing.cta.label}
          </a>
        </p>
      </div>
    </section>
  )
}
