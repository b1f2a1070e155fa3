import localFont from 'next/font/local'

/*
 * Geist Sans (SIL OFL 1.1, see OFL-Geist.txt), subset to Latin-1 and the punctuation the copy
 * uses (— · × ’ …) with fontTools: 25 KB instead of 70 KB. The small monospace labels use the
 * system's monospace (globals.css): a second web font cost mobile LCP a request and 19 KB.
 * Not preloaded: text paints at once in a metric-matched fallback and swaps when they arrive,
 * so the fonts never sit on the path to the first contentful or largest paint.
 */
export const sans = localFont({
  src: './Geist-Variable-latin.woff2',
  variable: '--font-geist-sans',
  weight: '100 900',
  display: 'swap',
  preload: false,
  adjustFontFallback: 'Arial',
})
