import type { DecideTree, SectionIntro } from '@/payload-types'
import { startProjectHref } from '@/lib/links/startProject'

import { DecideSteps, type StepTree } from '../islands/DecideSteps'
import { Section } from '../ui/Section'

/**
 * 009: the build-or-buy screen. Without JavaScript it is a set of linked questions:
 * each option jumps to the next question or to its recommendation. With JavaScript the
 * same tree is asked one question at a time (DecideSteps).
 */
export function Decide({ copy, tree }: { copy: SectionIntro['decide']; tree: DecideTree }) {
  const { labels } = copy
  const target = (key: string) => `#decide-${key}`
  const steps: StepTree = {
    questions: tree.questions.map((q) => ({
      key: q.key,
      prompt: q.prompt,
      help: q.help,
      options: q.options.map((o) => ({ label: o.label, next: o.next })),
    })),
    outcomes: tree.outcomes.map((o) => ({
      key: o.key,
      title: o.title,
      body: o.body,
      ctaLabel: o.ctaLabel,
      href: startProjectHref({ outcome: o.key }),
    })),
  }
  return (
    <Section id="decide" copy={copy}>
      <div className="decide">
        <h3 className="decide__title">{labels.treeTitle}</h3>
        <DecideSteps
          tree={steps}
          labels={{
            question: labels.question,
            pickOne: labels.pickOne,
            back: labels.back,
            restart: labels.restart,
            outcome: labels.outcome,
          }}
        >
          <ol className="decide__questions">
            {steps.questions.map((q, i) => (
              <li key={q.key} id={`decide-${q.key}`} className="decide__question" tabIndex={-1}>
                <p className="decide__label">
                  {labels.question} {i + 1}
                </p>
                <h4>{q.prompt}</h4>
                {q.help ? <p className="decide__help">{q.help}</p> : null}
                <p className="decide__pick">{labels.pickOne}</p>
                <ul className="decide__options">
                  {q.options.map((o) => (
                    <li key={`${o.label}-${o.next}`}>
                      <a href={target(o.next)}>{o.label}</a>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
          <ul className="decide__outcomes">
            {steps.outcomes.map((o) => (
              <li key={o.key} id={`decide-${o.key}`} className="decide__outcome" tabIndex={-1}>
                <p className="decide__label">{labels.outcome}</p>
                <h4>{o.title}</h4>
                <p>{o.body}</p>
                <a className="button button--primary" href={o.href}>
                  {o.ctaLabel}
                </a>
              </li>
            ))}
          </ul>
        </DecideSteps>
      </div>
    </Section>
  )
}
