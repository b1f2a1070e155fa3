import { hasRole } from './roles'

type MaybeUser = Parameters<typeof hasRole>[0]

/**
 * `/admin/insights`: every staff role. Marketing gets the aggregates only (see canSeeProspects); the page
 * shows nothing at all to anyone else.
 */
export const canViewInsights = (user: MaybeUser): boolean => hasRole(user, 'admin', 'marketing', 'sales')
