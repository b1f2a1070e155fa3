/** Where each upload collection's files sit in the bucket (one bucket holds both). */
export const MEDIA_PREFIX = 'media'
export const EXPORTS_PREFIX = 'exports'
