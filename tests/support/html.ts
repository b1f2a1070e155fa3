import { parseHTML } from 'linkedom'

/** Fetches a page of the running app and parses it into a DOM document. */
export async function fetchDocument(
  url: string,
): Promise<{ status: number; document: ReturnType<typeof parseHTML>['document']; html: string }> {
  const res = await fetch(url, { headers: { 'cache-control': 'no-cache' } })
  const html = await res.text()
  return { status: res.status, document: parseHTML(html).document, html }
}

/** Visible text of an element with runs of white space folded. */
export const textOf = (el: Element | null | undefined): string =>
  (el?.textContent ?? '').replace(/\s+/g, ' ').trim()

/** Polls `check` until it returns true or `timeoutMs` passes; returns the time it took. */
export async function eventually(
  check: () => Promise<boolean>,
  timeoutMs = 5000,
  stepMs = 100,
): Promise<number> {
  const started = Date.now()
  while (Date.now() - started < timeoutMs) {
    if (await check()) return Date.now() - started
    await new Promise((r) => setTimeout(r, stepMs))
  }
  throw new Error(`Condition not met within ${timeoutMs} ms`)
}
