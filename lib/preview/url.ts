import { previewSecret } from '../env/secrets'

/**
 * The address the admin's live preview frames: the preview route, which checks the secret
 * and the editor's session, turns on draft mode and sends the editor on to `path`.
 * Absolute, because Payload only trusts messages from the origin this URL starts with.
 */
export function previewUrl(
  serverUrl: string,
  path = '/',
  version?: string | null,
  secret = previewSecret() ?? '',
): string {
  const url = new URL('/next/preview', serverUrl)
  url.searchParams.set('secret', secret)
  url.searchParams.set('path', path)
  if (version) url.searchParams.set('v', version)
  return url.toString()
}

/**
 * Where the preview routes send the editor: `path` read as a URL against this site's `origin`,
 * kept only when it stays on it; anything else (another host, `javascript:`) becomes `/`.
 * A check on the raw text is not enough: URL parsers (browsers included) drop tabs and
 * newlines, read `\` as `/`, and follow `//host` to another site. The answer is the parsed
 * path, query and fragment, percent-encoded, so it is always a valid `Location` header; a
 * path that normalises to `//…` (`/.//host`) would leave the site too and becomes `/`.
 */
export function sameOriginPath(path: string | null, origin: string): string {
  if (!path) return '/'
  let target: URL
  try {
    target = new URL(path, origin)
  } catch {
    return '/'
  }
  if (target.origin !== new URL(origin).origin) return '/'
  const local = `${target.pathname}${target.search}${target.hash}`
  return local.startsWith('//') ? '/' : local
}
