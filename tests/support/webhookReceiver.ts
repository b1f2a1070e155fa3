import { createServer, type IncomingHttpHeaders } from 'node:http'
import type { AddressInfo } from 'node:net'

export type Received = { path: string; headers: IncomingHttpHeaders; body: string; at: number }
export type Answer = { status: number; headers?: Record<string, string> }

/**
 * A real HTTP receiver on 127.0.0.1 for webhook tests: records every request, and answers each path with
 * the answers given for it in turn (the last one repeats), 200 by default.
 */
export async function webhookReceiver() {
  const received: Received[] = []
  const scripts = new Map<string, Answer[]>()
  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const path = req.url ?? '/'
      received.push({
        path,
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
        at: Date.now(),
      })
      const script = scripts.get(path) ?? []
      const answer = (script.length > 1 ? script.shift() : script[0]) ?? { status: 200 }
      res.writeHead(answer.status, answer.headers).end('ok')
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: (path: string) => `http://127.0.0.1:${port}${path}`,
    answer: (path: string, answers: Answer[]) => scripts.set(path, [...answers]),
    on: (path: string) => received.filter((r) => r.path === path),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
