'use server'

import { headers } from 'next/headers'

import { clientInfo } from '@/lib/leads/client'
import { inputFromForm, valuesToEcho } from '@/lib/leads/formInput'
import type { LeadFormState } from '@/lib/leads/formState'
import { submitFromApp } from '@/lib/leads/server'
import { newSubmissionId } from '@/lib/leads/submit'

/**
 * The form's server action: what a browser without JavaScript posts. Validates and stores
 * through the same code as the JSON endpoint; on any problem the visitor gets their input
 * back with the errors beside the fields.
 */
export async function submitLeadAction(_prev: LeadFormState, form: FormData): Promise<LeadFormState> {
  const input = inputFromForm(form)
  const result = await submitFromApp(input, clientInfo(await headers()))
  if (result.kind === 'accepted') {
    return {
      status: 'sent',
      errors: {},
      values: {},
      reference: result.reference,
      submissionId: result.submissionId,
    }
  }
  const submissionId = input.submissionId || newSubmissionId()
  const values = valuesToEcho(form)
  const status =
    result.kind === 'invalid' ? 'invalid' : result.kind === 'rate-limited' ? 'rateLimited' : 'unavailable'
  return { status, errors: result.kind === 'invalid' ? result.errors : {}, values, submissionId }
}
