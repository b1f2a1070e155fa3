/**
 * The address the admin's live preview frames: the preview route, which checks the secret
 * and the editor's session, turns on draft mode and sends the editor on to `path`.
 * Absolute, because Payload only trusts messages from the origin this URL starts with.
 */
export function previewUrl(
  serverUrl: string,
  path = '/',
  version?: string | null,
  secret = process.env.PREVIEW_SECRET ?? '',
): string {
  const url = new URL('/next/preview', serverUrl)
  url.searchParams.set('secret', secret)
  url.searchParams.set('path', path)
  if (version) url.searchParams.set('v', version)
  return url.toString()
}

/** A path on this site to send the editor to; anything else (another host, `//x`) becomes `/`. */
export function safeLocalPath(path: string | null): string {
  if (!path || !path.startsWith('/') || path.startsWith('//') || path.startsWith('/\\')) return '/'
  return path
}
