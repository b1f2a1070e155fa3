import { APIError, type CollectionBeforeOperationHook } from 'payload'
import sharp from 'sharp'

import { imageTooLargeMessage, MAX_IMAGE_PIXELS } from '@/lib/uploads/limits'

/**
 * Refuses an image with more than MAX_IMAGE_PIXELS before Payload decodes it to make its
 * sizes, and before anything is stored. Only the image's header is read here. A file sharp
 * cannot read at all is left to Payload, which refuses it as it does today.
 */
export const refuseHugeImages: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if ((operation !== 'create' && operation !== 'update') || !req.file) return args
  const input = req.file.tempFilePath || req.file.data
  let size: { width?: number; height?: number }
  try {
    size = await sharp(input, { limitInputPixels: false }).metadata()
  } catch {
    return args
  }
  const { width = 0, height = 0 } = size
  if (width * height > MAX_IMAGE_PIXELS)
    throw new APIError(imageTooLargeMessage(width, height), 413, null, true)
  return args
}
