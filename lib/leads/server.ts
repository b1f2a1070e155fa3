import 'server-only'

import { loadGlobal } from '../content/load'
import { getPayloadClient } from '../payload/client'
import type { ClientInfo } from './client'
import { submitLead, type SubmitOptions, type SubmitResult } from './submit'

/** `submitLead` wired to the app's Payload and the consent wording from the CMS. */
export function submitFromApp(
  raw: unknown,
  client: ClientInfo,
  options: SubmitOptions = {},
): Promise<SubmitResult> {
  return submitLead(
    raw,
    client,
    {
      payload: getPayloadClient,
      consentText: async () => (await loadGlobal('closing-cta')).form.consent.text,
    },
    options,
  )
}

/** The form's words, or null when the CMS cannot be read (the caller falls back to a status only). */
export async function formCopy() {
  try {
    return (await loadGlobal('closing-cta')).form
  } catch {
    return null
  }
}
