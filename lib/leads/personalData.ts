import type { Where } from 'payload'

/**
 * A collection holding records about a person by email address (the email outbox, say)
 * declares how to find them in `custom.personalData`, and `erasePerson` deletes what it
 * finds there:
 *
 *   custom: { personalData: { whereEmail: (email) => ({ to: { like: email } }), emailFields: ['to'] } }
 *
 * `whereEmail` finds the candidates. With `emailFields`, only the candidates holding exactly
 * that address (case-insensitive; a field may list several, comma-separated) in one of those
 * fields are deleted: a `like` alone would also match `ba@x.test` or `a@x.test.evil`.
 * Without it, everything `whereEmail` matches is deleted.
 */
export type PersonalData = { whereEmail: (email: string) => Where; emailFields?: string[] }

export function personalDataOf(custom: Record<string, unknown> | undefined): PersonalData | null {
  const declared = custom?.personalData as Partial<PersonalData> | undefined
  return declared && typeof declared.whereEmail === 'function' ? (declared as PersonalData) : null
}
