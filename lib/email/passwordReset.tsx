import { renderEmail } from './render'
import { PasswordReset } from './templates/PasswordReset'

/** The subject of a staff member's password reset (Payload's own words). */
export const PASSWORD_RESET_SUBJECT = 'Reset Your Password'

/** A password reset: the link that sets a new password, in HTML and plain text. */
export function passwordResetEmail(resetUrl: string): { subject: string; html: string; text: string } {
  return { subject: PASSWORD_RESET_SUBJECT, ...renderEmail(<PasswordReset resetUrl={resetUrl} />) }
}
