import { Heading, Text } from '@react-email/components'

import { AnswerTable, type AnswerRow } from './AnswerTable'
import { EmailLayout, paragraph } from './Layout'
import { Lines } from './Lines'

export type LeadConfirmationProps = {
  greeting: string
  body: string
  summaryLabel: string
  /** What the prospect picked from our own lists; never text they typed. */
  rows: AnswerRow[]
  signature: string
}

/** To the prospect, in the CMS's words: the reference, and the areas and timeline chosen. */
export function LeadConfirmation({ greeting, body, summaryLabel, rows, signature }: LeadConfirmationProps) {
  return (
    <EmailLayout>
      <Text style={paragraph}>{greeting}</Text>
      <Text style={paragraph}>
        <Lines text={body} />
      </Text>
      {rows.length > 0 && (
        <>
          <Heading as="h3" style={{ fontSize: '16px', margin: '24px 0 8px' }}>
            {summaryLabel}
          </Heading>
          <AnswerTable rows={rows} />
        </>
      )}
      <Text style={paragraph}>
        <Lines text={signature} />
      </Text>
    </EmailLayout>
  )
}
