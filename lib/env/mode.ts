/**
 * Which mode the app runs in. `process.env.NODE_ENV` is written out literally on purpose: Next and
 * the bundlers replace that exact expression with the build's value.
 */
export const isProduction = (): boolean => process.env.NODE_ENV === 'production'

export const isDevelopment = (): boolean => process.env.NODE_ENV === 'development'

/**
 * Session cookies are `Secure` in production, unless `ALLOW_INSECURE_COOKIES` is set (production
 * builds served over plain http in tests only).
 */
export const secureCookies = (source: NodeJS.ProcessEnv = process.env): boolean =>
  isProduction() && !source.ALLOW_INSECURE_COOKIES
