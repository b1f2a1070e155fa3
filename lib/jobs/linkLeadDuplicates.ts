import type { TaskConfig } from 'payload'

import { linkDuplicates } from '../leads/linkDuplicates'

/** Links a new lead to earlier leads from the same person or company; queued with the lead. */
export const linkLeadDuplicatesTask: TaskConfig<'linkLeadDuplicates'> = {
  slug: 'linkLeadDuplicates',
  label: 'Link a lead to its duplicates',
  inputSchema: [{ name: 'leadId', type: 'number', required: true }],
  outputSchema: [{ name: 'linked', type: 'number' }],
  retries: { attempts: 3, backoff: { type: 'exponential', delay: 5_000 } },
  handler: async ({ input, req }) => ({
    output: { linked: (await linkDuplicates(req.payload, input.leadId)).length },
  }),
}
