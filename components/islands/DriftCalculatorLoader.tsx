'use client'

import { useEffect, useState, type ComponentType } from 'react'

import type { CalculatorProps } from '../drift/types'

type Calculator = ComponentType<CalculatorProps & { autoFocus?: boolean }>

/**
 * The drift calculator's doorway: a button. Its code (maths, chart, worker) is a separate
 * chunk fetched only when the button is pressed, so the home page's initial JavaScript
 * carries none of it. Without JavaScript the button is not shown (a <noscript> note says why).
 */
export function DriftCalculatorLoader({ open, failed, ...props }: CalculatorProps & { open: string; failed: string }) {
  const [Calculator, setCalculator] = useState<Calculator | null>(null)
  const [state, setState] = useState<'closed' | 'loading' | 'failed'>('closed')
  const [ready, setReady] = useState(false)
  useEffect(() => setReady(true), [])

  if (Calculator) return <Calculator {...props} autoFocus />
  if (!ready) return null

  const load = async () => {
    setState('loading')
    try {
      const mod = await import('../drift/DriftCalculator')
      setCalculator(() => mod.DriftCalculator)
    } catch {
      setState('failed')
    }
  }
  return (
    <>
      <p>
        <button
          type="button"
          className="button button--primary drift-open"
          onClick={load}
          aria-disabled={state === 'loading' || undefined}
        >
          {open}
        </button>
      </p>
      {state === 'failed' ? (
        <p className="drift-open__failed" role="alert">
          {failed}
        </p>
      ) : null}
    </>
  )
}
