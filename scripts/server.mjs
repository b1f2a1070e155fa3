// @ts-check
/**
 * The production server: `next start`, but owning the socket so the app learns who is really
 * connecting. `next start` keeps a client's own `X-Forwarded-For` (it only fills the header
 * in when absent), so a directly exposed app would let anyone pick their address. Here every
 * request's address headers are replaced by one `x-forwarded-for` resolved from the socket
 * and TRUSTED_PROXY_HOPS (lib/http/forwardedFor.mjs) before Next sees the request.
 *
 * Next's documented custom-server API (`next({ dev: false })` + `getRequestHandler()`).
 * Usage as `next start`: `node scripts/server.mjs [dir] [-p port] [-H hostname]`; PORT is
 * the default port. SIGTERM and SIGINT finish the requests in flight, then exit.
 */
import http from 'node:http'

import { sharedSecretsProblem } from '../lib/env/sharedSecrets.mjs'
import { serverPort } from '../lib/env/next.mjs'
import { trustedProxyHops } from '../lib/env/proxy.mjs'
import { CLIENT_ADDRESS_HEADERS, resolveClientAddress } from '../lib/http/forwardedFor.mjs'
import { trackRequest } from '../lib/runtime/requestsInFlight.mjs'

/** @param {string[]} argv */
function parseArgs(argv) {
  /** @type {{ dir: string, port: number, hostname: string | undefined }} */
  const options = { dir: '.', port: serverPort(), hostname: undefined }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (arg === '-p' || arg === '--port') options.port = Number(argv[++i])
    else if (arg === '-H' || arg === '--hostname') options.hostname = argv[++i]
    else if (!arg.startsWith('-')) options.dir = arg
    else throw new Error(`Unknown option ${arg} (this server takes [dir], -p <port> and -H <hostname>).`)
  }
  if (!Number.isInteger(options.port) || options.port < 0 || options.port > 65535)
    throw new Error(`The port must be a port number, not "${options.port}".`)
  return options
}

let hops, options
try {
  // Before Next starts: an instance missing a shared secret must not join the others at all.
  const secrets = sharedSecretsProblem()
  if (secrets) throw new Error(secrets)
  hops = trustedProxyHops()
  options = parseArgs(process.argv.slice(2))
} catch (error) {
  console.error(`server: ${/** @type {Error} */ (error).message}`)
  process.exit(1)
}

// As `next start` does: a production server runs with NODE_ENV=production.
// eslint-disable-next-line no-restricted-properties -- sets, for Next, what `next start` sets
process.env.NODE_ENV ??= 'production'
const { default: next } = await import('next')

const httpServer = http.createServer()
const app = next({ dev: false, dir: options.dir, hostname: options.hostname, port: options.port, httpServer })
const handle = app.getRequestHandler()
/** @type {(req: http.IncomingMessage, res: http.ServerResponse) => boolean} */
let intake = () => false

httpServer.on('request', (req, res) => {
  trackRequest(res)
  const address = resolveClientAddress({
    socketAddress: req.socket.remoteAddress,
    forwardedFor: req.headers['x-forwarded-for'],
    hops,
  })
  for (const name of CLIENT_ADDRESS_HEADERS) delete req.headers[name]
  req.headers['x-forwarded-for'] = address
  if (intake(req, res)) return
  handle(req, res).catch((error) => {
    console.error(`Failed to handle request for ${req.url}`, error)
    if (!res.headersSent) res.statusCode = 500
    res.end()
  })
})

httpServer.once('error', (/** @type {NodeJS.ErrnoException} */ error) => {
  console.error(
    error.code === 'EADDRINUSE'
      ? `server: port ${options.port} is already in use: stop what runs there or start with another PORT.`
      : `server: cannot listen on port ${options.port}: ${error.message}`,
  )
  process.exit(1)
})

await app.prepare()
// The enquiry endpoint is answered here, before Next (lib/leads/intakeServer.ts): TypeScript shared with the
// app, loaded through tsx's scoped loader once Next has read its own config (which it compiles itself).
const { tsImport } = await import('tsx/esm/api')
/** @type {{ intakeListener: () => (req: http.IncomingMessage, res: http.ServerResponse) => boolean }} */
const { intakeListener } = await tsImport('../lib/leads/intakeServer.ts', import.meta.url)
intake = intakeListener()
httpServer.listen(options.port, options.hostname, () => {
  const address = httpServer.address()
  const port = typeof address === 'object' && address ? address.port : options.port
  console.log(`▲ Ready on http://${options.hostname ?? 'localhost'}:${port} (trusted proxy hops: ${hops})`)
})

let closing = false
/** @param {NodeJS.Signals} signal */
function shutdown(signal) {
  if (closing) return
  closing = true
  // As `next start`: stop accepting, let requests in flight finish, close Next, exit 128 + signal.
  httpServer.close(async () => {
    await app.close().catch(console.error)
    process.exit(signal === 'SIGINT' ? 130 : 143)
  })
  httpServer.closeIdleConnections()
}
process.on('SIGINT', shutdown)
process.on('SIGTERM', shutdown)
