import { readLimited } from '@/lib/leads/body'
import { clientInfo } from '@/lib/leads/client'
import { answerEnquiry } from '@/lib/leads/endpoint'
import { appEndpointDeps } from '@/lib/leads/server'

export const dynamic = 'force-dynamic'

/**
 * POST /start-a-project/submit under `next dev` or a bare `next start`; the production server
 * (scripts/server.mjs) answers it before Next with the same `answerEnquiry` (lib/leads/intakeServer.ts).
 */
export async function POST(request: Request): Promise<Response> {
  const answer = await answerEnquiry(
    {
      contentType: request.headers.get('content-type') ?? '',
      body: await readLimited(request),
      client: clientInfo(request.headers),
    },
    appEndpointDeps,
  )
  return Response.json(answer.body, { status: answer.status, headers: answer.headers })
}
