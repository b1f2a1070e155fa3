import 'server-only'

import { loadCollection, loadGlobal } from './load'

type Settled<T extends Record<string, Promise<unknown>>> = { [K in keyof T]: Awaited<T[K]> }

/** Awaits every promise of an object in parallel and keeps its keys. */
async function allOf<T extends Record<string, Promise<unknown>>>(promises: T): Promise<Settled<T>> {
  const entries = await Promise.all(Object.entries(promises).map(async ([key, p]) => [key, await p] as const))
  return Object.fromEntries(entries) as Settled<T>
}

/** Everything the home page shows, loaded in parallel, each piece under its own cache tag. */
export function loadHomeContent() {
  return allOf({
    hero: loadGlobal('hero'),
    intros: loadGlobal('section-intros'),
    serviceAreas: loadCollection('service-areas'),
    stackRows: loadCollection('stack-rows'),
    patterns: loadCollection('patterns'),
    comparison: loadGlobal('llmops-comparison'),
    gates: loadCollection('gates'),
    signals: loadGlobal('monitoring-signals'),
    thresholds: loadCollection('drift-thresholds'),
    phases: loadCollection('engagement-phases'),
    shapes: loadCollection('shapes'),
    tree: loadGlobal('decide-tree'),
    whyUs: loadGlobal('why-us'),
    faqs: loadCollection('faqs'),
    closing: loadGlobal('closing-cta'),
    calculator: loadGlobal('drift-calculator'),
  })
}

export type HomeContent = Awaited<ReturnType<typeof loadHomeContent>>
