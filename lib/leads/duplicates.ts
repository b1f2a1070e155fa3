/** Addresses at these domains belong to people, not companies: no company match on them. */
export const FREE_MAIL_DOMAINS = new Set([
  'gmail.com',
  'googlemail.com',
  'outlook.com',
  'hotmail.com',
  'hotmail.co.uk',
  'live.com',
  'msn.com',
  'yahoo.com',
  'yahoo.co.uk',
  'ymail.com',
  'icloud.com',
  'me.com',
  'mac.com',
  'aol.com',
  'proton.me',
  'protonmail.com',
  'pm.me',
  'gmx.com',
  'gmx.de',
  'gmx.net',
  'web.de',
  'mail.com',
  'zoho.com',
  'yandex.com',
  'yandex.ru',
  'fastmail.com',
  'hey.com',
  'tutanota.com',
  'qq.com',
  '163.com',
  'orange.fr',
  'free.fr',
  'laposte.net',
  'libero.it',
  't-online.de',
])

/** How far back a lead from the same company domain counts as the same enquiry. */
export const COMPANY_WINDOW_DAYS = 90

/** The leads collection's field (and relationship path) that holds a lead's links to earlier leads. */
export const DUPLICATES_FIELD = 'duplicates'

export const normaliseEmail = (email: string): string => email.trim().toLowerCase()

/** The company domain of an address, or null for free-mail and malformed addresses. */
export function companyDomain(email: string): string | null {
  const at = email.lastIndexOf('@')
  if (at < 1) return null
  const domain = email
    .slice(at + 1)
    .trim()
    .toLowerCase()
    .replace(/\.$/, '')
  if (!domain.includes('.') || FREE_MAIL_DOMAINS.has(domain)) return null
  return domain
}
