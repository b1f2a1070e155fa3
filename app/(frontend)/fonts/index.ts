import localFont from 'next/font/local'

/*
 * Geist Sans and Geist Mono (SIL OFL 1.1, see OFL-Geist.txt), subset to Latin-1 and the
 * punctuation the copy uses (— · × ’ …) with fontTools: 25 KB and 19 KB instead of 70 KB each.
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

export const mono = localFont({
  src: './GeistMono-Variable-latin.woff2',
  variable: '--font-geist-mono',
  weight: '100 900',
  display: 'swap',
  preload: false,
  adjustFontFallback: false,
})
