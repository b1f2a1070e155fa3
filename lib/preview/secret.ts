import { timingSafeEqual } from 'node:crypto'

/** Whether `given` is the preview secret (`PREVIEW_SECRET`), compared in constant time. */
export function isPreviewSecret(given: string | null, secret = process.env.PREVIEW_SECRET): boolean {
  if (!secret || !given) return false
  const a = Buffer.from(given)
  const b = Buffer.from(secret)
  return a.length === b.length && timingSafeEqual(a, b)
}
