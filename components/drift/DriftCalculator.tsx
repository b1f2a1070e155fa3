'use client'

import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react'

import type { CalculatorProps } from '@/lib/drift/calculatorTypes'
import { classifyFigures } from '@/lib/drift/classify'
import type { DriftResult } from '@/lib/drift/compute'
import { demoTexts } from '@/lib/drift/demo'
import { driftSummary, fillTemplate, formatFigure, levelText, type SummaryWords } from '@/lib/drift/format'
import type { PairError } from '@/lib/drift/parse'
import { DRIFT_SUMMARY_STORAGE_KEY, startProjectHref } from '@/lib/links/startProject'

import { DriftChart } from './DriftChart'
import { runDrift } from './runDrift'

import './drift.css'

type Status =
  | { state: 'idle' }
  | { state: 'computing' }
  | { state: 'done'; result: DriftResult; engine: 'main' | 'worker' }
  | { state: 'invalid'; messages: string[] }
  | { state: 'failed' }

/**
 * The drift calculator: two pasted samples (or a demo pair) in, PSI, KL, Jensen–Shannon and
 * Wasserstein-1 out, each classified against the threshold table, with both distributions
 * drawn and a summary to send with "Start a project". Loaded only when a visitor opens it.
 */
export function DriftCalculator({
  words,
  thresholds,
  demos,
  autoFocus = false,
}: CalculatorProps & { autoFocus?: boolean }) {
  const { labels, errors: messages } = words
  const [baseline, setBaseline] = useState('')
  const [current, setCurrent] = useState('')
  const [column, setColumn] = useState('')
  const [band, setBand] = useState('')
  const [status, setStatus] = useState<Status>({ state: 'idle' })
  const first = useRef<HTMLTextAreaElement>(null)
  const resultsHeading = useRef<HTMLHeadingElement>(null)
  const run = useRef(0)

  useEffect(() => {
    if (autoFocus) first.current?.focus()
  }, [autoFocus])
  useEffect(() => {
    if (status.state === 'done') resultsHeading.current?.focus()
  }, [status])

  const sampleName = (s: 'baseline' | 'current') => labels[s]
  const describe = (e: PairError): string => {
    const { error } = e
    if (error.code === 'mixedKinds') {
      return fillTemplate(messages.mixedKinds, {
        numeric: sampleName(error.numeric),
        categorical: sampleName(error.categorical),
      })
    }
    const sample = e.sample ? sampleName(e.sample) : ''
    switch (error.code) {
      case 'empty':
        return fillTemplate(messages.empty, { sample })
      case 'tooMany':
        return fillTemplate(messages.tooMany, {
          sample,
          count: error.count.toLocaleString('en-US'),
          limit: error.limit.toLocaleString('en-US'),
        })
      case 'columnMissing':
        return fillTemplate(messages.columnMissing, { sample, column: error.column })
      default:
        return fillTemplate(messages[error.code], { sample, line: error.line, token: error.token })
    }
  }

  const compute = async (texts: { baseline: string; current: string }) => {
    const id = ++run.current
    setStatus({ state: 'computing' })
    try {
      const { outcome, engine } = await runDrift({ ...texts, column })
      if (id !== run.current) return
      if (outcome.ok) setStatus({ state: 'done', result: outcome.result, engine })
      else {
        const list = outcome.errors.map(describe)
        const more = outcome.errorCount - outcome.errors.length
        if (more > 0) list.push(fillTemplate(messages.more, { count: more }))
        setStatus({ state: 'invalid', messages: list })
      }
    } catch {
      if (id === run.current) setStatus({ state: 'failed' })
    }
  }

  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    void compute({ baseline, current })
  }

  const pickDemo = (index: number) => {
    const texts = demoTexts(demos[index]!)
    setBaseline(texts.baseline)
    setCurrent(texts.current)
    void compute(texts)
  }

  const bandValue = band.trim() === '' ? null : Number(band)
  const summaryWords: SummaryWords = {
    summary: labels.summary,
    counts: labels.counts,
    kinds: { numeric: labels.numeric, categorical: labels.categorical },
    metrics: words.metrics,
    levels: {
      'below-inspect': words.levels.belowInspect,
      inspect: words.levels.inspect,
      retrain: words.levels.retrain,
      pause: words.levels.pause,
    },
    notes: words.notes,
  }
  const done = status.state === 'done' ? status : null
  const classes = useMemo(
    () => (done ? classifyFigures(done.result.figures, thresholds, { band: bandValue }) : []),
    [done, thresholds, bandValue],
  )
  const summary = done ? driftSummary(done.result, classes, summaryWords) : ''
  const invalid = status.state === 'invalid'

  return (
    <div className="drift">
      <form className="drift__form" onSubmit={onSubmit} noValidate>
        <div className="drift__samples">
          {(['baseline', 'current'] as const).map((name) => (
            <div className="drift__field" key={name}>
              <label htmlFor={`drift-${name}`}>{labels[name]}</label>
              <textarea
                id={`drift-${name}`}
                ref={name === 'baseline' ? first : undefined}
                rows={8}
                spellCheck={false}
                autoComplete="off"
                value={name === 'baseline' ? baseline : current}
                onChange={(e) => (name === 'baseline' ? setBaseline : setCurrent)(e.target.value)}
                aria-describedby="drift-format drift-messages"
                aria-invalid={invalid || undefined}
              />
            </div>
          ))}
        </div>
        <p id="drift-format" className="drift__hint">
          {labels.format}
        </p>
        <div className="drift__options">
          <div className="drift__field">
            <label htmlFor="drift-column">{labels.column}</label>
            <input
              id="drift-column"
              value={column}
              onChange={(e) => setColumn(e.target.value)}
              aria-describedby="drift-column-help"
            />
            <p id="drift-column-help" className="drift__hint">
              {labels.columnHelp}
            </p>
          </div>
          <div className="drift__field">
            <label htmlFor="drift-band">{labels.band}</label>
            <input
              id="drift-band"
              inputMode="decimal"
              value={band}
              onChange={(e) => setBand(e.target.value)}
              aria-describedby="drift-band-help"
            />
            <p id="drift-band-help" className="drift__hint">
              {labels.bandHelp}
            </p>
          </div>
        </div>
        {demos.length ? (
          <fieldset className="drift__demos">
            <legend>{labels.demos}</legend>
            {demos.map((demo, i) => (
              <button key={demo.label} type="button" className="drift__demo" onClick={() => pickDemo(i)}>
                {demo.label}
              </button>
            ))}
          </fieldset>
        ) : null}
        <p>
          <button
            type="submit"
            className="button button--primary drift__submit"
            aria-disabled={status.state === 'computing' || undefined}
          >
            {status.state === 'computing' ? labels.computing : labels.compute}
          </button>
        </p>
      </form>

      <div id="drift-messages" className="drift__messages" role="alert">
        {status.state === 'invalid' ? (
          <ul>
            {status.messages.map((m, i) => (
              <li key={i}>{m}</li>
            ))}
          </ul>
        ) : status.state === 'failed' ? (
          <p>{messages.failed}</p>
        ) : null}
      </div>

      {done ? (
        <div className="drift__results" data-engine={done.engine}>
          <h4 id="drift-results-title" ref={resultsHeading} tabIndex={-1}>
            {labels.results}
          </h4>
          <p className="drift__counts">
            {fillTemplate(labels.counts, {
              kind: done.result.kind === 'numeric' ? labels.numeric : labels.categorical,
              baseline: done.result.counts.baseline.toLocaleString('en-US'),
              current: done.result.counts.current.toLocaleString('en-US'),
            })}
          </p>
          <div className="table-wrap" role="region" aria-labelledby="drift-results-title" tabIndex={0}>
            <table className="table drift__table">
              <thead>
                <tr>
                  <th scope="col">{labels.metric}</th>
                  <th scope="col">{labels.value}</th>
                  <th scope="col">{labels.level}</th>
                </tr>
              </thead>
              <tbody>
                {classes.map((c) => (
                  <tr key={c.figure} data-figure={c.figure}>
                    <th scope="row">{words.metrics[c.figure]}</th>
                    <td className="drift__value">{c.value === null ? '–' : formatFigure(c.value)}</td>
                    <td className={c.level ? `level drift__level drift__level--${c.level}` : 'drift__note'}>
                      {levelText(c, summaryWords)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <DriftChart
            chart={done.result.chart}
            title={labels.chart}
            baseline={labels.baseline}
            current={labels.current}
          />
          <p>
            <a
              className="button button--ghost"
              href={startProjectHref({ driftSummary: summary })}
              onClick={() => {
                try {
                  window.sessionStorage.setItem(DRIFT_SUMMARY_STORAGE_KEY, summary)
                } catch {
                  // Storage refused (private mode): the summary still travels in the link.
                }
              }}
            >
              {labels.send}
            </a>
          </p>
        </div>
      ) : null}
    </div>
  )
}
