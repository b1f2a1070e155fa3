'use client'

import { useEffect, useRef, useState } from 'react'

import { useEnhanced } from './useEnhanced'

export type StepTree = {
  questions: {
    key: string
    prompt: string
    help?: string | null
    options: { label: string; next: string }[]
  }[]
  outcomes: { key: string; title: string; body: string; ctaLabel: string; href: string }[]
}

export type StepLabels = { question: string; pickOne: string; back: string; restart: string; outcome: string }

const target = (key: string) => `#decide-${key}`

/**
 * 009 without JavaScript (and until hydration): every question and outcome, linked: each
 * option jumps to the next question or to its recommendation. Rendered here from the same
 * tree as the steps, so the page carries the tree once, not also as server markup.
 */
function LinkedTree({ tree, labels }: { tree: StepTree; labels: StepLabels }) {
  return (
    <>
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
                <li key={`${o.label}-${o.next}`}>
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
            <a className="button button--primary" href={o.href}>
              {o.ctaLabel}
            </a>
          </li>
        ))}
      </ul>
    </>
  )
}

/**
 * 009, enhanced: one question at a time, with back and restart. Until it has hydrated
 * (and without JavaScript) it shows the linked tree. Focus moves to each new question;
 * an outcome is announced in a live region.
 */
export function DecideSteps({ tree, labels }: { tree: StepTree; labels: StepLabels }) {
  const enhanced = useEnhanced()
  const [path, setPath] = useState<string[]>(() => [tree.questions[0]?.key ?? ''])
  const [announcement, setAnnouncement] = useState('')
  const heading = useRef<HTMLHeadingElement>(null)
  const moved = useRef(false)

  const current = path[path.length - 1]
  const question = tree.questions.find((q) => q.key === current)
  const outcome = question ? undefined : tree.outcomes.find((o) => o.key === current)

  useEffect(() => {
    if (!moved.current) return
    heading.current?.focus()
  }, [path])

  // The announcement changes in the same render as the step, so the live region never
  // still names an outcome once focus has moved to a question (set from the focus effect,
  // it lagged a render behind).
  const go = (next: string[]) => {
    moved.current = true
    const reached = tree.outcomes.find((o) => o.key === next[next.length - 1])
    setAnnouncement(reached ? `${labels.outcome}: ${reached.title}` : '')
    setPath(next)
  }

  const step = tree.questions.findIndex((q) => q.key === current) + 1
  // The linked tree stays in the page, hidden once enhanced: removing its nodes as the page
  // became interactive cost more main-thread time than the rest of hydration.
  return (
    <>
      <div className="decide__tree" hidden={enhanced}>
        <LinkedTree tree={tree} labels={labels} />
      </div>
      {enhanced ? (
        <div className="decide-steps">
          {question ? (
            <div className="decide__question decide-steps__card" key={question.key}>
              <p className="decide__label">
                {labels.question} {step}
              </p>
              <h4 ref={heading} tabIndex={-1} id={`decide-step-${question.key}`}>
                {question.prompt}
              </h4>
              {question.help ? <p className="decide__help">{question.help}</p> : null}
              <p className="decide__pick" id={`decide-pick-${question.key}`}>
                {labels.pickOne}
              </p>
              <ul
                className="decide__options"
                aria-labelledby={`decide-step-${question.key} decide-pick-${question.key}`}
              >
                {question.options.map((o) => (
                  <li key={`${o.label}-${o.next}`}>
                    <button
                      type="button"
                      className="decide-steps__option"
                      onClick={() => go([...path, o.next])}
                    >
                      {o.label}
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          ) : outcome ? (
            <div className="decide__outcome decide-steps__card" key={outcome.key}>
              <p className="decide__label">{labels.outcome}</p>
              <h4 ref={heading} tabIndex={-1}>
                {outcome.title}
              </h4>
              <p>{outcome.body}</p>
              <a className="button button--primary" href={outcome.href}>
                {outcome.ctaLabel}
              </a>
            </div>
          ) : null}
          {path.length > 1 ? (
            <p className="decide-steps__nav">
              <button type="button" className="button button--ghost" onClick={() => go(path.slice(0, -1))}>
                {labels.back}
              </button>
              <button type="button" className="button button--ghost" onClick={() => go(path.slice(0, 1))}>
                {labels.restart}
              </button>
            </p>
          ) : null}
          <p className="visually-hidden" aria-live="polite" aria-atomic="true">
            {announcement}
          </p>
        </div>
      ) : null}
    </>
  )
}
