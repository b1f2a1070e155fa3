import { sameSecret } from '../security/sameSecret'

/** Whether `given` is the preview secret (`PREVIEW_SECRET`), compared in constant time. */
export const isPreviewSecret = (given: string | null, secret = process.env.PREVIEW_SECRET): boolean =>
  sameSecret(given, secret)
