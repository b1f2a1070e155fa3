import type { PayloadRequest } from 'payload'

import { leadFormCopy } from './content/leadForm'

/**
 * For a site seeded before the enquiry form existed: gives `closing-cta` the form's words
 * (once; words marketing already wrote are never overwritten). Called by the migration
 * that adds the form fields.
 */
export async function fillLeadFormCopy(req: PayloadRequest): Promise<void> {
  const { payload } = req
  const current = await payload.findGlobal({ slug: 'closing-cta', req, depth: 0, overrideAccess: true })
  if (!current.updatedAt || current.form?.heading) return
  await payload.updateGlobal({
    slug: 'closing-cta',
    data: { form: leadFormCopy },
    req,
    overrideAccess: true,
    context: { disableRevalidate: true },
  })
}
