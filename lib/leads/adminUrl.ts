import { serverEnv } from '../env/server'

/** The lead's page in the admin, absolute, for links in the sales notification email. */
export function leadAdminUrl(id: number | string, base: string = serverEnv().serverUrl): string {
  return `${base.replace(/\/$/, '')}/admin/collections/leads/${encodeURIComponent(String(id))}`
}

type Condition = Record<string, Record<string, string>>

/**
 * The leads list in the admin filtered by conditions that all hold, newest first, in the
 * `where[or][0][and][i]` form the admin's filter controls read back.
 */
export function leadsListUrl(conditions: Condition[], base = ''): string {
  const params = new URLSearchParams()
  conditions.forEach((condition, i) => {
    for (const [field, ops] of Object.entries(condition)) {
      for (const [op, value] of Object.entries(ops))
        params.append(`where[or][0][and][${i}][${field}][${op}]`, value)
    }
  })
  params.set('sort', '-receivedAt')
  return `${base}/admin/collections/leads?${params.toString()}`
}
