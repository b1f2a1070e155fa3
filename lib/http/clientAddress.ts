/**
 * The client's address, for the enquiry limit, login throttling and logs. The one place the
 * app reads it: `npm start`'s server (`scripts/server.mjs`) has already resolved it from the
 * socket and TRUSTED_PROXY_HOPS and written it as the only `x-forwarded-for` entry, having
 * removed every address header the client sent. Under a bare `next start` the header is
 * whatever the client wrote: the last entry is then the best there is, and proves nothing.
 */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for') ?? ''
  return (
    forwarded
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)
      .at(-1) ?? 'unknown'
  )
}
