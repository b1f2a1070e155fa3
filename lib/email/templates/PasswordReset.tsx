import { Link, Text } from '@react-email/components'

import { EmailLayout, paragraph } from './Layout'

/** A staff member's "Forgot password?": the link that sets a new one (Payload's own words). */
export function PasswordReset({ resetUrl }: { resetUrl: string }) {
  return (
    <EmailLayout>
      <Text style={paragraph}>
        You are receiving this because you (or someone else) have requested the reset of the password for your
        account. Please click on the following link, or paste this into your browser to complete the process:
      </Text>
      <Text style={paragraph}>
        <Link href={resetUrl}>{resetUrl}</Link>
      </Text>
      <Text style={paragraph}>
        If you did not request this, please ignore this email and your password will remain unchanged.
      </Text>
    </EmailLayout>
  )
}
