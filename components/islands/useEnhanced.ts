'use client'

import { startTransition, useEffect, useState } from 'react'

/**
 * False in the server render and during hydration, true once the island runs in the browser:
 * the switch from the no-JavaScript markup to the interactive one. The switch is a transition,
 * so React renders it in short slices after hydration instead of one long task that would hold
 * up the visitor's first tap.
 */
export function useEnhanced(): boolean {
  const [enhanced, setEnhanced] = useState(false)
  useEffect(() => startTransition(() => setEnhanced(true)), [])
  return enhanced
}
