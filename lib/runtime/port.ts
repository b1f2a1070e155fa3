import net from 'node:net'

/** Resolves when `port` can be bound, rejects with a readable sentence when it cannot. */
export function assertPortFree(port: number, host?: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        new Error(
          error.code === 'EADDRINUSE'
            ? `Port ${port} is already in use: stop what runs there or start with another PORT.`
            : `Cannot listen on port ${port}: ${error.message}`,
        ),
      )
    })
    server.listen({ port, host }, () => server.close(() => resolve()))
  })
}

/** A port nothing listens on right now, picked by the system. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}
