import type { CollectionAfterErrorHook } from 'payload'

/**
 * Payload refuses an upload over the size limit with 413 and our sentence (`upload` in
 * payload.config.ts), but in the production build that error reaches Payload's formatter with
 * an empty name and not recognised as its APIError, so the answer read "An unknown error
 * occurred." The sentence is put back for 413s.
 */
export const explainTooLarge: CollectionAfterErrorHook = ({ error }) => {
  if (!('status' in error) || error.status !== 413 || !error.message) return
  return { response: { errors: [{ message: error.message }] }, status: 413 }
}
