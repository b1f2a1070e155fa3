const MB = 1024 * 1024

/**
 * The largest file an upload may be. Images for the page (Open Graph images, illustrations)
 * are well under a megabyte once exported for the web; 10 MB leaves room for an unexported
 * photo and refuses anything bigger before it is read into memory.
 */
export const MAX_UPLOAD_BYTES = 10 * MB

/**
 * The most pixels an uploaded image may have: 40 megapixels (an 8000 × 5000 photo). Resizing
 * decodes the whole image; a small file can declare a huge canvas (a "decompression bomb"),
 * so the declared size is checked before anything is decoded.
 */
export const MAX_IMAGE_PIXELS = 40_000_000

export const uploadTooLargeMessage = `The file is larger than ${MAX_UPLOAD_BYTES / MB} MB, the most an upload may be.`

export const imageTooLargeMessage = (width: number, height: number) =>
  `The image is ${width} × ${height} pixels; an upload may have at most ${MAX_IMAGE_PIXELS / 1_000_000} megapixels.`
