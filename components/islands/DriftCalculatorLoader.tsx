'use client'

import { useState, type ComponentType } from 'react'

import type { CalculatorProps } from '@/lib/drift/calculatorTypes'

import { useEnhanced } from './useEnhanced'

type Calculator = ComponentType<CalculatorProps & { autoFocus?: boolean }>
type Loaded = { Calculator: Calculator; props: CalculatorProps }

/** Where the opened calculator gets its words, thresholds and demos (see lib/drift/calculatorProps.ts). */
export const CALCULATOR_DATA = '/next/drift-calculator'

async function fetchProps(): Promise<CalculatorProps> {
  const response = await fetch(CALCULATOR_DATA, { headers: { accept: 'application/json' } })
  if (!response.ok) throw new Error(`${CALCULATOR_DATA} answered ${response.status}`)
  return (await response.json()) as CalculatorProps
}

/**
 * The drift calculator's doorway: a button. Its code (maths, chart, worker) is a separate
 * chunk and its words and data a separate request, both fetched only when the button is
 * pressed, so the home page carries none of them. Without JavaScript the button is not
 * shown (a <noscript> note says why).
 */
export function DriftCalculatorLoader({ open, failed }: { open: string; failed: string }) {
  const [loaded, setLoaded] = useState<Loaded | null>(null)
  const [state, setState] = useState<'closed' | 'loading' | 'failed'>('closed')
  const ready = useEnhanced()

  if (loaded) return <loaded.Calculator {...loaded.props} autoFocus />
  if (!ready) return null

  const load = async () => {
    setState('loading')
    try {
      const [mod, props] = await Promise.all([import('../drift/DriftCalculator'), fetchProps()])
      setLoaded({ Calculator: mod.DriftCalculator, props })
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
