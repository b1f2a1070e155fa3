import 'server-only'

import { loadGlobal } from '../content/load'
import { getPayloadClient } from '../payload/client'
import type { ClientInfo } from './client'
import type { EndpointDeps } from './endpoint'
import { intakeDbOf } from './intakeDb'
import { submitLead, type SubmitOptions, type SubmitResult } from './submit'

/** The intake inside Next (server action, `next dev`): Payload's pool, and the form's words from the cached loader. */
export const appEndpointDeps: EndpointDeps = {
  db: async () => intakeDbOf(await getPayloadClient()),
  errorWords: async () => (await formCopy())?.errors ?? null,
}

/** `submitLead` wired to the app's Payload and the consent wording from the CMS. */
export function submitFromApp(
  raw: unknown,
  client: ClientInfo,
  options: SubmitOptions = {},
): Promise<SubmitResult> {
  return submitLead(raw, client, appEndpointDeps, options)
}

/** The form's words, or null when the CMS cannot be read (the caller falls back to a status only). */
export async function formCopy() {
  try {
    return (await loadGlobal('closing-cta')).form
  } catch {
    return null
  }
}
