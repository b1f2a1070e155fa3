import type { DriftCalculator } from '@/payload-types'

import { DriftCalculatorLoader } from '../islands/DriftCalculatorLoader'
import { Paragraphs } from '../ui/Paragraphs'

/**
 * Under the threshold table of 006: the drift calculator. Heading, introduction, method
 * and the smoothing of empty bins are on the page for everyone; the calculator itself
 * (code, words, thresholds, demos) loads when a visitor opens it.
 */
export function DriftCheck({ copy }: { copy: DriftCalculator }) {
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
      <DriftCalculatorLoader open={copy.open} failed={copy.errors.failed} />
    </div>
  )
}
