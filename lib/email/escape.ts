const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

/** Text made safe to put inside HTML element content or a quoted attribute. */
export const escapeHtml = (value: string): string => value.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c])

/** A header value (subject, name) on one line: CR, LF and other controls become spaces. */
// eslint-disable-next-line no-control-regex
export const oneLine = (value: string): string => value.replace(/[\u0000-\u001F\u007F-\u009F]+/g, ' ').trim()

/** Escaped text with its line breaks kept as <br>. */
export const escapeMultiline = (value: string): string => escapeHtml(value).replace(/\r?\n/g, '<br>')
