import type { ClientInfo } from './client'
import { inputFromForm } from './formInput'
import { submitLead, type SubmitDeps } from './submit'

/** A post to the JSON endpoint, as either server hands it over: the body as read (null: over the limit). */
export type EnquiryPost = { contentType: string; body: string | null; client: ClientInfo }

export type EnquiryAnswer = { status: number; body: object; headers: Record<string, string> }

/** The sentences a script gets with a 429 or 503 (the enhanced form shows its own, by status). */
export type ErrorWords = { rateLimited?: string | null; unavailable?: string | null }

export type EndpointDeps = SubmitDeps & { errorWords: () => Promise<ErrorWords | null> }

// A few hundred bytes of JSON: compressing them costs more than sending them (`no-transform` tells the server's
// compression to leave them alone).
const answer = (status: number, body: object, headers: Record<string, string> = {}): EnquiryAnswer => ({
  status,
  body,
  headers: { 'cache-control': 'no-store, no-transform', ...headers },
})

function parse(post: EnquiryPost): { raw: unknown } | EnquiryAnswer {
  if (post.body === null) return answer(413, { error: 'tooLarge' })
  if (post.contentType.includes('application/json')) {
    try {
      return { raw: JSON.parse(post.body) }
    } catch {
      return answer(400, { errors: { _form: 'type' } })
    }
  }
  if (post.contentType.includes('application/x-www-form-urlencoded')) {
    const form = new FormData()
    for (const [k, v] of new URLSearchParams(post.body)) form.append(k, v)
    return { raw: inputFromForm(form) }
  }
  return answer(415, { error: 'unsupportedMediaType' })
}

/**
 * POST /start-a-project/submit: the enquiry as JSON (what the enhanced form sends) or as an urlencoded form.
 * 201 with the reference once the lead is committed (200 for a repeat of the same submission id), 400 with an
 * error code per field, 413, 415, 429 with Retry-After, 503 when it could not be stored. Only scripts and the
 * enhanced form post here, and the form always sends its fill time: a submission without one (`startedAt`) is
 * kept as spam, like other bots, with the same answer.
 */
export async function answerEnquiry(post: EnquiryPost, deps: EndpointDeps): Promise<EnquiryAnswer> {
  const parsed = parse(post)
  if (!('raw' in parsed)) return parsed
  const result = await submitLead(parsed.raw, post.client, deps, { requireFillTime: true })
  switch (result.kind) {
    case 'accepted':
      return answer(result.duplicate ? 200 : 201, {
        reference: result.reference,
        submissionId: result.submissionId,
        duplicate: result.duplicate,
      })
    case 'invalid':
      return answer(400, { errors: result.errors })
    case 'rate-limited': {
      const words = await deps.errorWords().catch(() => null)
      return answer(
        429,
        {
          error: 'rateLimited',
          message: words?.rateLimited ?? undefined,
          retryAfter: result.retryAfterSeconds,
        },
        { 'retry-after': String(result.retryAfterSeconds) },
      )
    }
    case 'unavailable': {
      const words = await deps.errorWords().catch(() => null)
      return answer(
        503,
        { error: 'unavailable', message: words?.unavailable ?? undefined },
        { 'retry-after': '30' },
      )
    }
  }
}
