import type { IncomingMessage } from 'node:http'

/** Reads at most `limit` bytes of a request body; null when it is larger (the rest is drained, not kept). */
export function readBodyLimited(req: IncomingMessage, limit: number): Promise<string | null> {
  return new Promise((resolve, reject) => {
    if (Number(req.headers['content-length'] ?? 0) > limit) {
      req.resume()
      return resolve(null)
    }
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size <= limit) chunks.push(chunk)
    })
    req.on('end', () => resolve(size > limit ? null : Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

/** A request body in full (local servers of benches and tests, whose clients are their own). */
export const readBody = async (req: IncomingMessage): Promise<string> =>
  (await readBodyLimited(req, Number.POSITIVE_INFINITY)) ?? ''
