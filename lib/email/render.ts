import { createRequire } from 'node:module'
import path from 'node:path'

import type { ReactElement } from 'react'

import { htmlToText } from './htmlToText'

/** An email body in its two parts. */
export type RenderedEmail = { html: string; text: string }

/** React Email's own doctype (`@react-email/render` prepends the same). */
const DOCTYPE =
  '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">'

type StaticRenderer = (element: ReactElement) => string

const REACT_DOM_SERVER = 'react-dom/server'

let renderer: StaticRenderer | undefined

/**
 * react-dom/server, loaded by Node's own resolver. The emails are composed in the job runner,
 * but also inside Payload's request handlers (a forgotten password), which Next bundles in its
 * React Server Components layer: there `react-dom/server` resolves to a module that only
 * throws ("not supported in React Server Components"), and importing it is a build error.
 * Rendering a finished email to a string is what react-dom/server is for, wherever it runs;
 * the templates use no hooks, so the React copy that made their elements does not matter.
 */
function staticRenderer(): StaticRenderer {
  if (!renderer) {
    // Resolved from the app's folder, where Next, `npm run jobs` and the tests run (.env is read there too).
    const requireFromApp = createRequire(path.join(process.cwd(), 'package.json'))
    const server: unknown = requireFromApp(REACT_DOM_SERVER)
    if (!hasRenderToStaticMarkup(server)) throw new Error('react-dom/server has no renderToStaticMarkup.')
    renderer = server.renderToStaticMarkup
  }
  return renderer
}

const hasRenderToStaticMarkup = (value: unknown): value is { renderToStaticMarkup: StaticRenderer } =>
  typeof value === 'object' &&
  value !== null &&
  'renderToStaticMarkup' in value &&
  typeof value.renderToStaticMarkup === 'function'

/**
 * One email template rendered to its HTML (React escapes every text and attribute value) and
 * its plain-text part. Synchronous and without pretty-printing: `@react-email/render`'s async
 * `render` streams and, for text, parses the HTML again; this costs a few tens of µs per email
 * (bench/emails).
 */
export function renderEmail(element: ReactElement): RenderedEmail {
  const html = DOCTYPE + staticRenderer()(element)
  return { html, text: htmlToText(html) }
}
