import type { DecideTree, SectionIntro } from '@/payload-types'

import { Section } from '../ui/Section'

/**
 * 009: the build-or-buy screen. Without JavaScript it is a set of linked questions:
 * each option jumps to the next question or to its recommendation.
 */
export function Decide({
  copy,
  tree,
  startHref,
}: {
  copy: SectionIntro['decide']
  tree: DecideTree
  startHref: string
}) {
  const { labels } = copy
  const target = (key: string) => `#decide-${key}`
  return (
    <Section id="decide" copy={copy}>
      <div className="decide">
        <h3 className="decide__title">{labels.treeTitle}</h3>
        <ol className="decide__questions">
          {tree.questions.map((q, i) => (
            <li key={q.key} id={`decide-${q.key}`} className="decide__question" tabIndex={-1}>
              <p className="decide__label">
                {labels.question} {i + 1}
              </p>
              <h4>{q.prompt}</h4>
              {q.help ? <p className="decide__help">{q.help}</p> : null}
              <p className="decide__pick">{labels.pickOne}</p>
              <ul className="decide__options">
                {q.options.map((o) => (
                  <li key={o.id ?? o.label}>
                    <a href={target(o.next)}>{o.label}</a>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
        <ul className="decide__outcomes">
          {tree.outcomes.map((o) => (
            <li key={o.key} id={`decide-${o.key}`} className="decide__outcome" tabIndex={-1}>
              <p className="decide__label">{labels.outcome}</p>
              <h4>{o.title}</h4>
              <p>{o.body}</p>
              <a
                className="button button--primary"
                href={
                  startHref.startsWith('#') ? startHref : `${startHref}?outcome=${encodeURIComponent(o.key)}`
                }
              >
                {o.ctaLabel}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </Section>
  )
}
