import type { IncomingAuthType, PayloadRequest } from 'payload'
import { formatAdminURL } from 'payload/shared'

import { PASSWORD_RESET_SUBJECT, passwordResetEmail } from '@/lib/email/passwordReset'

/** The admin's reset page for this token, on the configured server URL (never the request's Host). */
const resetUrl = (req: PayloadRequest, token: string): string =>
  formatAdminURL({
    adminRoute: req.payload.config.routes.admin,
    path: `${req.payload.config.admin.routes.reset}/${token}`,
    serverURL: req.payload.config.serverURL,
  })

/**
 * The password-reset email from our template (lib/email/templates/PasswordReset.tsx). Payload
 * passes only the HTML to the email adapter; its plain-text part is made from that HTML there
 * (lib/email/payloadAdapter.ts), with the same htmlToText the other emails use.
 */
export const forgotPassword: IncomingAuthType['forgotPassword'] = {
  generateEmailHTML: ({ req, token } = {}) => {
    if (!req || !token) throw new Error('A password reset needs the request and its token.')
    return passwordResetEmail(resetUrl(req, token)).html
  },
  generateEmailSubject: () => PASSWORD_RESET_SUBJECT,
}
