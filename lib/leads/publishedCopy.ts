import { closing_cta } from '@/payload-generated-schema'

import type { IntakeDb } from './intakeDb'

/**
 * The form's published error sentences that the intake answers scripts with, read straight from the global's table
 * (it holds the published version; drafts live in its versions table). For the intake outside Next
 * (lib/leads/intakeServer.ts); inside Next the same words come from the cached loader (lib/leads/server.ts).
 */
export async function publishedFormWords({ drizzle }: IntakeDb) {
  const [row] = await drizzle
    .select({
      rateLimited: closing_cta.form_errors_rateLimited,
      unavailable: closing_cta.form_errors_unavailable,
    })
    .from(closing_cta)
    .limit(1)
  return row ?? null
}
