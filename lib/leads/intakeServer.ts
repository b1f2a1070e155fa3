import type { IncomingMessage, ServerResponse } from 'node:http'

import { readBodyLimited } from '../http/readBody'
import { NON_DOCUMENT_HEADERS } from '../security/headers'
import { MAX_BODY_BYTES } from './body'
import { clientInfo } from './client'
import { answerEnquiry, type EndpointDeps, type EnquiryAnswer, type ErrorWords } from './endpoint'
import { ownIntakeDb, type IntakeDb } from './intakeDb'
import { publishedFormWords } from './publishedCopy'

/** The enhanced form's JSON endpoint (also served by the Next route of the same path under `next dev`). */
export const INTAKE_PATH = '/start-a-project/submit'

/** How old the 429/503 sentences may get before they are read again (marketing's edits show within this). */
const WORDS_MAX_AGE_MS = 30_000

function send(res: ServerResponse, answer: EnquiryAnswer): void {
  const body = JSON.stringify(answer.body)
  res.statusCode = answer.status
  for (const { key, value } of NON_DOCUMENT_HEADERS) res.setHeader(key, value)
  for (const [key, value] of Object.entries(answer.headers)) res.setHeader(key, value)
  res.setHeader('content-type', 'application/json')
  res.setHeader('content-length', Buffer.byteLength(body))
  res.end(body)
}

/**
 * The production server's intake (scripts/server.mjs): it answers `POST /start-a-project/submit` itself,
 * with the same `answerEnquiry` as the Next route, on a small pool of its own, so an enquiry costs a parse,
 * three indexed reads, the limit's upsert and one transaction, not a pass through Next's request pipeline
 * (which alone capped the endpoint below half of what Postgres accepts: README → How an enquiry becomes a
 * lead). Returns a request listener that says whether it answered.
 */
export function intakeListener(): (req: IncomingMessage, res: ServerResponse) => boolean {
  const db: IntakeDb = ownIntakeDb()
  // The sentences for 429 and 503, as last read: a 503 is answered when the database does not, so they are
  // read ahead (at start, then again at most every WORDS_MAX_AGE_MS while enquiries arrive), never on the way.
  let words: ErrorWords | null = null
  let wordsReadAt = 0
  let reading = false
  const readWords = () => {
    if (reading || Date.now() - wordsReadAt < WORDS_MAX_AGE_MS) return
    reading = true
    publishedFormWords(db)
      .then((read) => {
        words = read
        wordsReadAt = Date.now()
      })
      .catch(() => {})
      .finally(() => {
        reading = false
      })
  }
  readWords()
  const deps: EndpointDeps = { db: async () => db, errorWords: async () => words }
  return (req, res) => {
    if (req.method !== 'POST' || (req.url ?? '').split('?')[0] !== INTAKE_PATH) return false
    readWords()
    void (async () => {
      try {
        const headers = new Headers()
        for (const name of ['x-forwarded-for', 'user-agent']) {
          const value = req.headers[name]
          if (typeof value === 'string') headers.set(name, value)
        }
        const post = {
          contentType: req.headers['content-type'] ?? '',
          body: await readBodyLimited(req, MAX_BODY_BYTES),
          client: clientInfo(headers),
        }
        send(res, await answerEnquiry(post, deps))
      } catch (error) {
        console.error(`Enquiry not answered: ${(error as Error).message}`)
        if (!res.headersSent)
          send(res, { status: 500, body: { error: 'internal' }, headers: { 'cache-control': 'no-store' } })
        else res.end()
      }
    })()
    return true
  }
}
