import type { DriftCalculator, DriftThreshold } from '@/payload-types'
import type { ThresholdRow } from '@/lib/drift/classify'
import { FIGURES } from '@/lib/drift/classify'

import { DriftCalculatorLoader } from '../islands/DriftCalculatorLoader'
import { Paragraphs } from '../ui/Paragraphs'

import '../islands/driftCheck.css'

/**
 * Under the threshold table of 006: the drift calculator. Heading, introduction, method
 * and the smoothing of empty bins are on the page for everyone; the calculator itself
 * loads when a visitor opens it.
 */
export function DriftCheck({ copy, thresholds }: { copy: DriftCalculator; thresholds: DriftThreshold[] }) {
  const rows: ThresholdRow[] = thresholds
    .filter((t) => (FIGURES as readonly string[]).includes(t.metric))
    .map((t) => ({
      metric: t.metric,
      measure: t.measure,
      direction: t.direction,
      inspect: { value: t.inspect.value },
      retrain: { value: t.retrain.value },
      pause: { value: t.pause.value },
    }))
  return (
    <div className="drift-check" id="drift-calculator">
      <h3 id="drift-calculator-title">{copy.title}</h3>
      <Paragraphs text={copy.intro} />
      <div className="drift-check__method">
        <Paragraphs text={copy.method} />
        <Paragraphs text={copy.smoothing} />
      </div>
      <noscript>
        <p className="note">{copy.noScript}</p>
      </noscript>
      <DriftCalculatorLoader
        open={copy.open}
        failed={copy.errors.failed}
        words={{ labels: copy.labels, metrics: copy.metrics, levels: copy.levels, notes: copy.notes, errors: copy.errors }}
        thresholds={rows}
        demos={(copy.demos ?? []).map((d) => ({
          label: d.label,
          kind: d.kind,
          size: d.size,
          baselineMean: d.baselineMean,
          baselineSd: d.baselineSd,
          currentMean: d.currentMean,
          currentSd: d.currentSd,
          categories: d.categories?.map((c) => ({ name: c.name, baseline: c.baseline, current: c.current })),
        }))}
      />
    </div>
  )
}
