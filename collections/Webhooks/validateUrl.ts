import type { TextFieldSingleValidation } from 'payload'

import { webhooksAllowPrivate } from '@/lib/env/webhooks'
import { targetProblem } from '@/lib/webhooks/ssrf'

/** Refuses, when saved, a URL that is not http(s) or that points at a private address (SSRF). */
export const validateWebhookUrl: TextFieldSingleValidation = async (value) => {
  if (!value) return 'Enter the URL that receives the webhooks.'
  return (await targetProblem(value, webhooksAllowPrivate())) ?? true
}
