/**
 * "Forgot password" does more work for a staff email (a token saved, an email queued) than for
 * an unknown one (nothing found): about 50 against 17 ms here, enough to tell staff emails
 * apart. Both answers are held until this long after the request arrived, far above either.
 */
export const FORGOT_PASSWORD_MIN_MS = 500

/** Forgot-password over REST (`POST /api/<collection>/forgot-password`). */
export const isRestForgotPassword = async (request: Request) =>
  new URL(request.url).pathname.endsWith('/forgot-password')

/**
 * Forgot-password over GraphQL (`forgotPassword<Collection>`, aliased or not: a field's name
 * cannot be spelled any other way in a GraphQL document).
 */
export const isGraphQLForgotPassword = async (request: Request) =>
  /forgotPassword/.test(await request.clone().text())

/** `handler`, answering no sooner than `ms` after the request arrived when `applies` says so. */
export function withResponseFloor<Rest extends unknown[]>(
  ms: number,
  applies: (request: Request) => Promise<boolean>,
  handler: (request: Request, ...rest: Rest) => Promise<Response>,
): (request: Request, ...rest: Rest) => Promise<Response> {
  return async (request, ...rest) => {
    const started = Date.now()
    const held = await applies(request)
    const response = await handler(request, ...rest)
    const wait = started + ms - Date.now()
    if (held && wait > 0) await new Promise((resolve) => setTimeout(resolve, wait))
    return response
  }
}
