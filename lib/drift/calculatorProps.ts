import 'server-only'

import { loadCollection, loadGlobal } from '@/lib/content/load'

import type { CalculatorProps } from './calculatorTypes'
import { FIGURES, type ThresholdRow } from './classify'

/**
 * What the opened drift calculator needs: its words, the threshold rows it classifies
 * against and the demo pairs. Fetched when a visitor opens it, not carried by every page view.
 */
export async function calculatorProps(): Promise<CalculatorProps> {
  const [copy, thresholds] = await Promise.all([
    loadGlobal('drift-calculator'),
    loadCollection('drift-thresholds'),
  ])
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
  return {
    words: {
      labels: copy.labels,
      metrics: copy.metrics,
      levels: copy.levels,
      notes: copy.notes,
      errors: copy.errors,
    },
    thresholds: rows,
    demos: (copy.demos ?? []).map((d) => ({
      label: d.label,
      kind: d.kind,
      size: d.size,
      baselineMean: d.baselineMean,
      baselineSd: d.baselineSd,
      currentMean: d.currentMean,
      currentSd: d.currentSd,
      categories: d.categories?.map((c) => ({ name: c.name, baseline: c.baseline, current: c.current })),
    })),
  }
}
