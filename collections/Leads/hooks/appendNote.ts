import { ValidationError, type CollectionBeforeChangeHook } from 'payload'

import type { Lead } from '@/payload-types'

import { relationId } from './relationId'

type Note = NonNullable<Lead['notes']>[number]

const sameNote = (a: Note, b: Note): boolean =>
  a.body === b.body &&
  relationId(a.author) === relationId(b.author) &&
  new Date(a.createdAt ?? 0).getTime() === new Date(b.createdAt ?? 0).getTime()

/**
 * Notes are written once: `newNote` (a field that is never stored) becomes a note whose
 * author and time the server sets. Existing notes cannot be edited, reordered or removed,
 * not even by server code that bypasses access control.
 */
export const appendNote: CollectionBeforeChangeHook<Lead & { newNote?: string | null }> = async ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  const existing: Note[] = operation === 'update' ? (originalDoc?.notes ?? []) : []
  const now = new Date().toISOString()
  const by = req.user?.collection === 'users' ? Number(req.user.id) : null

  let notes: Note[] | undefined
  if (data.notes !== undefined && data.notes !== null) {
    const incoming = data.notes
    const kept = existing.every(
      (note, i) => incoming[i] && incoming[i].id === note.id && sameNote(incoming[i], note),
    )
    if (!kept || incoming.length < existing.length) {
      throw new ValidationError({
        collection: 'leads',
        errors: [{ path: 'notes', message: 'Notes cannot be changed or removed once they are added.' }],
        req,
      })
    }
    notes = [
      ...existing,
      ...incoming.slice(existing.length).map((note) => ({
        body: note.body,
        author: relationId(note.author) ?? by,
        createdAt: now,
      })),
    ]
  }

  const body = typeof data.newNote === 'string' ? data.newNote.trim() : ''
  if (body) {
    notes = [...(notes ?? existing), { body, author: by, createdAt: now }]
    if (operation === 'update') {
      const activity = data.activity ?? originalDoc?.activity ?? []
      data.activity = [...activity, { kind: 'note', by, at: now }]
    }
  }
  delete data.newNote
  if (notes) data.notes = notes
  return data
}
