import { Body, Container, Head, Html } from '@react-email/components'
import type { CSSProperties, ReactNode } from 'react'

const body: CSSProperties = {
  backgroundColor: '#f6f7f9',
  color: '#1a1d23',
  fontFamily: '-apple-system, BlinkMacSystemFont, "Segoe UI", Helvetica, Arial, sans-serif',
  margin: 0,
  padding: '24px 0',
}

const container: CSSProperties = {
  backgroundColor: '#ffffff',
  border: '1px solid #e3e6ea',
  borderRadius: '6px',
  maxWidth: '600px',
  padding: '24px 32px',
}

/** The frame every email shares: document, head and a centred white column. */
export function EmailLayout({ children }: { children: ReactNode }) {
  return (
    <Html lang="en">
      <Head />
      <Body style={body}>
        <Container style={container}>{children}</Container>
      </Body>
    </Html>
  )
}

/** A paragraph's look in every email. */
export const paragraph: CSSProperties = { fontSize: '15px', lineHeight: '24px', margin: '0 0 16px' }
