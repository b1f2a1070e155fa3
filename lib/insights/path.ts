/** Where the insights view lives under the admin (payload.config.ts registers it; the dashboard links to it). */
export const INSIGHTS_PATH = '/insights'
export const INSIGHTS_URL = `/admin${INSIGHTS_PATH}`
