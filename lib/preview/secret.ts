import { previewSecret } from '../env/secrets'
import { sameSecret } from '../security/sameSecret'

/** Whether `given` is the preview secret (`PREVIEW_SECRET`), compared in constant time. */
export const isPreviewSecret = (given: string | null, secret = previewSecret()): boolean =>
  sameSecret(given, secret)
