import path from 'node:path'

/**
 * How to serve a production build: `node scripts/server.mjs` (Next behind the server that
 * resolves the client address, see that file), not a bare `next start`. `npm start`, the
 * tests and the benchmarks all start it from here, so they run and measure the same thing.
 */
export function appServerCommand(port: number, dir?: string): { command: string; args: string[] } {
  return {
    command: process.execPath,
    args: [path.resolve('scripts/server.mjs'), ...(dir ? [dir] : []), '-p', String(port)],
  }
}
