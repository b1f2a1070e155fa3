const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' }

/** One entity's character: the named few React and our templates write, and any numeric one. */
function decodeEntity(entity: string, name: string): string {
  if (name[0] !== '#') return ENTITIES[name] ?? entity
  const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10)
  return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity
}

/**
 * The plain-text part of an HTML email (our templates, and Payload's account emails when they
 * come without one): the head goes, links keep their address, a table row's header and cell
 * read "label: value" one row a line, paragraphs are separated by a blank line, tags go,
 * entities are decoded once (so text that was typed as `&lt;` stays `&lt;`).
 */
export function htmlToText(html: string): string {
  return html
    .replace(/<head\b[\s\S]*?<\/head>|<style\b[\s\S]*?<\/style>|<!DOCTYPE[^>]*>/gi, '')
    .replace(/<a\s[^>]*href="([^"]*)"[^>]*>([\s\S]*?)<\/a>/gi, (_, href: string, label: string) => {
      const text = label.replace(/<[^>]*>/g, '').trim()
      return !text || text === href ? href : `${text} (${href})`
    })
    .replace(/<\/th>\s*<td\b[^>]*>/gi, ': ')
    .replace(/<\/(p|h\d|table)>/gi, '\n\n')
    .replace(/<(br|\/tr|\/div|\/li)\b[^>]*>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, decodeEntity)
    .replace(/[ \t]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}
