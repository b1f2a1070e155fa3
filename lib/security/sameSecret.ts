import { timingSafeEqual } from 'node:crypto'

/**
 * Whether `given` is `secret`, compared in constant time (an answer's timing tells nothing of how much of a
 * guess was right). False when either is missing: an unset secret opens nothing.
 */
export function sameSecret(given: string | null | undefined, secret: string | null | undefined): boolean {
  if (!secret || !given) return false
  const a = Buffer.from(given)
  const b = Buffer.from(secret)
  return a.length === b.length && timingSafeEqual(a, b)
}
