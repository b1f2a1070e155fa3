import type { CollectionBeforeChangeHook } from 'payload'

import { newWebhookSecret } from '@/lib/webhooks/secret'

/**
 * The signing secret is the server's: generated once when the endpoint is created (`whsec_` + 24 random bytes
 * in base64) and kept as it is on every update, whatever the request sent.
 */
export const keepSecret: CollectionBeforeChangeHook = ({ data, operation, originalDoc }) => {
  if (operation === 'create') data.secret = newWebhookSecret()
  else if (originalDoc) data.secret = originalDoc.secret
  return data
}
