import type { DecideTree, SectionIntro } from '@/payload-types'
import { startProjectHref } from '@/lib/links/startProject'

import { DecideSteps, type StepTree } from '../islands/DecideSteps'
import { Section } from '../ui/Section'

/**
 * 009: the build-or-buy screen. Without JavaScript it is a set of linked questions:
 * each option jumps to the next question or to its recommendation. With JavaScript the
 * same tree is asked one question at a time. Both are DecideSteps, from one copy of the tree.
 */
export function Decide({ copy, tree }: { copy: SectionIntro['decide']; tree: DecideTree }) {
  const { labels } = copy
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
        />
      </div>
    </Section>
  )
}
