import { computeDrift, type DriftOutcome, type DriftRequest } from '@/lib/drift/compute'

/** Above this many characters of input the figures are computed in a Web Worker. */
export const WORKER_THRESHOLD_CHARS = 20_000

export type DriftRun = { outcome: DriftOutcome; engine: 'main' | 'worker' }

/** Computes the figures: directly for small input, in a Web Worker for large input. */
export function runDrift(request: DriftRequest): Promise<DriftRun> {
  const size = request.baseline.length + request.current.length
  if (size < WORKER_THRESHOLD_CHARS || typeof Worker === 'undefined') {
    return Promise.resolve({ outcome: computeDrift(request), engine: 'main' })
  }
  let worker: Worker
  try {
    worker = new Worker(new URL('../../lib/drift/worker.ts', import.meta.url), { type: 'module' })
  } catch {
    return Promise.resolve({ outcome: computeDrift(request), engine: 'main' })
  }
  return new Promise((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<DriftOutcome>) => {
      worker.terminate()
      resolve({ outcome: event.data, engine: 'worker' })
    }
    worker.onerror = (event) => {
      worker.terminate()
      reject(new Error(event.message || 'The drift worker failed'))
    }
    worker.postMessage(request)
  })
}
