import { readLimited } from '@/lib/leads/body'
import { clientInfo } from '@/lib/leads/client'
import { inputFromForm } from '@/lib/leads/formInput'
import { formCopy, submitFromApp } from '@/lib/leads/server'

export const dynamic = 'force-dynamic'

const json = (status: number, body: object, headers: Record<string, string> = {}) =>
  Response.json(body, { status, headers: { 'cache-control': 'no-store', ...headers } })

/**
 * POST /start-a-project/submit: the enquiry as JSON (what the enhanced form sends) or as an
 * urlencoded form. 201 with the reference once the lead is committed (200 for a repeat of
 * the same submission id), 400 with an error code per field, 413, 429 with Retry-After,
 * 503 when it could not be stored. A submission without a fill time (`startedAt`) is kept as
 * spam, like other bots, with the same answer.
 */
export async function POST(request: Request): Promise<Response> {
  const body = await readLimited(request)
  if (body === null) return json(413, { error: 'tooLarge' })

  let raw: unknown
  const type = request.headers.get('content-type') ?? ''
  if (type.includes('application/json')) {
    try {
      raw = JSON.parse(body)
    } catch {
      return json(400, { errors: { _form: 'type' } })
    }
  } else if (type.includes('application/x-www-form-urlencoded')) {
    const params = new URLSearchParams(body)
    const form = new FormData()
    for (const [k, v] of params) form.append(k, v)
    raw = inputFromForm(form)
  } else {
    return json(415, { error: 'unsupportedMediaType' })
  }

  // Only scripts and the enhanced form post here, and the form always sends its fill time.
  const result = await submitFromApp(raw, clientInfo(request.headers), { requireFillTime: true })
  switch (result.kind) {
    case 'accepted':
      return json(result.duplicate ? 200 : 201, {
        reference: result.reference,
        submissionId: result.submissionId,
        duplicate: result.duplicate,
      })
    case 'invalid':
      return json(400, { errors: result.errors })
    case 'rate-limited': {
      const copy = await formCopy()
      return json(
        429,
        { error: 'rateLimited', message: copy?.errors.rateLimited, retryAfter: result.retryAfterSeconds },
        { 'retry-after': String(result.retryAfterSeconds) },
      )
    }
    case 'unavailable': {
      const copy = await formCopy()
      return json(503, { error: 'unavailable', message: copy?.errors.unavailable }, { 'retry-after': '30' })
    }
  }
}
