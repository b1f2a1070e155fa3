import { Link, Text } from '@react-email/components'

import { AnswerTable, type AnswerRow } from './AnswerTable'
import { EmailLayout, paragraph } from './Layout'

export type SalesNotificationProps = { rows: AnswerRow[]; adminUrl: string }

/** To the sales inbox: everything the prospect answered, and the lead in the admin. */
export function SalesNotification({ rows, adminUrl }: SalesNotificationProps) {
  return (
    <EmailLayout>
      <Text style={paragraph}>A new enquiry came in through &quot;Start a project&quot;.</Text>
      <AnswerTable rows={rows} />
      <Text style={paragraph}>
        <Link href={adminUrl}>Open the lead in the admin</Link>
      </Text>
    </EmailLayout>
  )
}
