/**
 * Invisible formatting characters: bidi embeddings, overrides and isolates (U+202A–U+202E,
 * U+2066–U+2069), which can make a subject or sender name read backwards ("gpj.exe"), and
 * zero-width characters (U+200B–U+200F, U+2060, U+FEFF), which hide text or split words
 * that filters look for. Nothing a person types into a one-line field needs them.
 */
export const INVISIBLE_FORMATTING = /[\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/g

export const stripInvisible = (value: string): string => value.replace(INVISIBLE_FORMATTING, '')

/**
 * A header value (subject, name) on one line: CR, LF and other controls become spaces, and
 * invisible formatting goes (also for text stored before the form stripped it).
 */
export const oneLine = (value: string): string =>
  stripInvisible(value)
    // eslint-disable-next-line no-control-regex -- control characters are what this removes
    .replace(/[\u0000-\u001F\u007F-\u009F]+/g, ' ')
    .trim()
