import { hasRole } from './roles'

type MaybeUser = Parameters<typeof hasRole>[0]

/**
 * Whether a page may show or link to individual leads (who they are, the list filtered down to them): sales
 * and admins, who read leads anyway (collections/Leads access). Marketing sees counts only.
 */
export const canSeeProspects = (user: MaybeUser): boolean => hasRole(user, 'admin', 'sales')
