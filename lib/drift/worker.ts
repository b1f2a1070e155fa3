/**
 * The drift calculator's Web Worker: computes the figures off the main thread so a page
 * with 100,000 values per side stays responsive. Receives a DriftRequest, answers with a
 * DriftOutcome; an exception surfaces as the worker's `error` event.
 */
import { computeDrift, type DriftOutcome, type DriftRequest } from './compute'

type WorkerScope = {
  onmessage: ((event: MessageEvent<DriftRequest>) => void) | null
  postMessage: (message: DriftOutcome) => void
}

const scope = self as unknown as WorkerScope
scope.onmessage = (event) => scope.postMessage(computeDrift(event.data))
