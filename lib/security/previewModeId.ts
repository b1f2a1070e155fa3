import { readFileSync } from 'node:fs'
import path from 'node:path'

import { isDevelopment } from '../env/mode'
import { nextDistDir } from '../env/next.mjs'

let cached: string | null | undefined

/**
 * This build's draft-mode id: the value Next sets in its `__prerender_bypass` cookie and the
 * only one it accepts there. `next build` writes it to `<distDir>/server/preview-props.json`;
 * Next hands it to the pages it renders, but not to a Node.js proxy (its `draftMode()` there
 * reads environment variables that only an edge deployment sets). Undefined when there is no
 * build to read it from (`next dev`, where Next accepts any value).
 */
export function previewModeId(): string | undefined {
  if (isDevelopment()) return undefined
  if (cached === undefined) {
    cached = null
    try {
      const distDir = nextDistDir()
      const file = path.join(/* turbopackIgnore: true */ process.cwd(), distDir, 'server/preview-props.json')
      const { previewModeId: id } = JSON.parse(readFileSync(file, 'utf8')) as { previewModeId?: unknown }
      if (typeof id === 'string' && id) cached = id
    } catch {
      // no build here: leave draft-mode cookies to Next
    }
  }
  return cached ?? undefined
}
