import 'server-only'

import { loadCollection, loadGlobal } from './load'

/** Everything the home page shows, loaded in parallel, each piece under its own cache tag. */
export async function loadHomeContent() {
  const [
    hero,
    intros,
    serviceAreas,
    stackRows,
    patterns,
    comparison,
    gates,
    signals,
    thresholds,
    phases,
    shapes,
    tree,
    whyUs,
    faqs,
    closing,
    calculator,
  ] = await Promise.all([
    loadGlobal('hero'),
    loadGlobal('section-intros'),
    loadCollection('service-areas'),
    loadCollection('stack-rows'),
    loadCollection('patterns'),
    loadGlobal('llmops-comparison'),
    loadCollection('gates'),
    loadGlobal('monitoring-signals'),
    loadCollection('drift-thresholds'),
    loadCollection('engagement-phases'),
    loadCollection('shapes'),
    loadGlobal('decide-tree'),
    loadGlobal('why-us'),
    loadCollection('faqs'),
    loadGlobal('closing-cta'),
    loadGlobal('drift-calculator'),
  ])
  return {
    hero,
    intros,
    serviceAreas,
    stackRows,
    patterns,
    comparison,
    gates,
    signals,
    thresholds,
    phases,
    shapes,
    tree,
    whyUs,
    faqs,
    closing,
    calculator,
  }
}

export type HomeContent = Awaited<ReturnType<typeof loadHomeContent>>
