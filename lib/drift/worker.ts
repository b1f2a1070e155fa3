/**
 * The drift calculator's Web Worker: computes the figures off the main thread so a page
 * with 100,000 values per side stays responsive. Receives a DriftRequest, answers with a
 * DriftOutcome; an exception surfaces as the worker's `error` event.
 */
import { computeDrift, type DriftOutcome, type DriftRequest } from './compute'

// In a worker, `self` is the worker's scope: its `postMessage` answers the page that started it.
self.addEventListener('message', (event: MessageEvent<DriftRequest>) => {
  const outcome: DriftOutcome = computeDrift(event.data)
  self.postMessage(outcome)
})
