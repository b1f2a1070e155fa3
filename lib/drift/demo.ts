/**
 * Demo pairs, generated in the browser from a few parameters the CMS holds, the same
 * values every time (a seeded generator), so the page stays light and the figures stable.
 */

/** mulberry32: a small, fast, seeded generator of uniform numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** `size` draws from a normal distribution (Box–Muller), rounded to 3 decimals. */
export function normalSample(size: number, mean: number, sd: number, seed: number): number[] {
  const random = seededRandom(seed)
  const out: number[] = []
  while (out.length < size) {
    const u = 1 - random()
    const v = random()
    const r = Math.sqrt(-2 * Math.log(u))
    out.push(mean + sd * r * Math.cos(2 * Math.PI * v))
    if (out.length < size) out.push(mean + sd * r * Math.sin(2 * Math.PI * v))
  }
  return out.map((x) => Math.round(x * 1000) / 1000)
}

/** `size` categories in proportion to their weights (largest remainder), shuffled. */
export function categoricalSample(
  size: number,
  categories: { name: string; weight: number }[],
  seed: number,
): string[] {
  const total = categories.reduce((s, c) => s + Math.max(c.weight, 0), 0)
  if (!(total > 0)) return []
  const exact = categories.map((c) => (Math.max(c.weight, 0) / total) * size)
  const counts = exact.map(Math.floor)
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0])
  for (let k = 0, left = size - counts.reduce((s, c) => s + c, 0); k < left; k++) counts[order[k]![1]]!++
  const out = categories.flatMap((c, i) => new Array<string>(counts[i]!).fill(c.name))
  const random = seededRandom(seed)
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[out[i], out[j]] = [out[j]!, out[i]!]
  }
  return out
}

export type DemoPair = {
  kind: 'numeric' | 'categorical'
  size: number
  baselineMean?: number | null
  baselineSd?: number | null
  currentMean?: number | null
  currentSd?: number | null
  categories?: { name: string; baseline: number; current: number }[] | null
}

/** The two texts of a demo pair, one value per line. */
export function demoTexts(demo: DemoPair): { baseline: string; current: string } {
  const size = Math.max(1, Math.min(Math.floor(demo.size), 100_000))
  if (demo.kind === 'categorical') {
    const cats = demo.categories ?? []
    return {
      baseline: categoricalSample(
        size,
        cats.map((c) => ({ name: c.name, weight: c.baseline })),
        1,
      ).join('\n'),
      current: categoricalSample(
        size,
        cats.map((c) => ({ name: c.name, weight: c.current })),
        2,
      ).join('\n'),
    }
  }
  return {
    baseline: normalSample(size, demo.baselineMean ?? 0, demo.baselineSd ?? 1, 1).join('\n'),
    current: normalSample(size, demo.currentMean ?? 0, demo.currentSd ?? 1, 2).join('\n'),
  }
}
