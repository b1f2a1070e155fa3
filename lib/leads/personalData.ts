import type { Where } from 'payload'

/**
 * A collection holding records about a person by email address (the email outbox, say)
 * declares how to find them in `custom.personalData`, and `erasePerson` deletes what it
 * finds there:
 *
 *   custom: { personalData: { whereEmail: (email) => ({ to: { equals: email } }) } }
 */
export type PersonalData = { whereEmail: (email: string) => Where }

export function personalDataOf(custom: Record<string, unknown> | undefined): PersonalData | null {
  const declared = custom?.personalData as Partial<PersonalData> | undefined
  return declared && typeof declared.whereEmail === 'function' ? (declared as PersonalData) : null
}
