import type { DriftCalculator as DriftCalculatorCopy } from '@/payload-types'

import type { ThresholdRow } from './classify'
import type { DemoPair } from './demo'

/** The words the calculator needs once opened (the heading and notes are rendered on the server). */
export type DriftWords = Pick<DriftCalculatorCopy, 'labels' | 'metrics' | 'levels' | 'notes' | 'errors'>

export type CalculatorProps = {
  words: DriftWords
  thresholds: ThresholdRow[]
  demos: (DemoPair & { label: string })[]
}
