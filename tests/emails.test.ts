import { describe, expect, it } from 'vitest'

import { htmlToText } from '@/lib/email/htmlToText'
import { passwordResetEmail } from '@/lib/email/passwordReset'
import { sampleFormCopy, sampleLead } from '@/lib/email/samples'
import { confirmationEmail, salesEmail, type EmailLead } from '@/lib/leads/emails'

const serverUrl = 'https://paiteq.example'

/** A lead whose every free-text answer is an attempt to inject markup. */
const hostile: EmailLead = {
  ...sampleLead,
  name: '<script>alert(1)</script> Mallory',
  company: '"><img src=x onerror=alert(2)>',
  role: "' onmouseover='alert(3)",
  message: 'first line\n<a href="https://evil.test/x">Log in</a>\n</td></tr></table><b>bold</b>',
}

/** Tags our templates write; a plain-text part holds none of them. */
const MARKUP = /<\/?(html|head|body|table|tbody|tr|th|td|p|a|br|h\d|div|span|meta)\b/i

describe('the sales notification', () => {
  const email = salesEmail(hostile, serverUrl)

  it('shows what the prospect typed as text: escaped, never as markup', () => {
    expect(email.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; Mallory')
    expect(email.html).toContain('&quot;&gt;&lt;img src=x onerror=alert(2)&gt;')
    expect(email.html).toContain('&#x27; onmouseover=&#x27;alert(3)')
    expect(email.html).toContain(
      'first line<br/>&lt;a href=&quot;https://evil.test/x&quot;&gt;Log in&lt;/a&gt;<br/>&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;b&gt;bold&lt;/b&gt;',
    )
    expect(email.html).not.toMatch(/<script|<img|<b>|href="https:\/\/evil/)
    // The answers table is still whole: the message did not close it.
    expect(email.html.match(/<table/g)).toHaveLength(email.html.match(/<\/table>/g)!.length)
  })

  it('has a plain-text part with every answer as typed and no markup of ours', () => {
    const plain = salesEmail(sampleLeadWithoutMarkup, serverUrl).text
    expect(plain).not.toMatch(MARKUP)
    expect(plain).toContain(`Reference: ${sampleLead.reference}`)
    expect(plain).toContain('Name: Ada Lovelace')
    expect(plain).toContain('Company: Analytical "Engines" & Sons')
    expect(plain).toContain('Service areas: Drift detection, Continuous training')
    expect(plain).toContain('Timeline: In 1–3 months')
    expect(plain).toContain('Message: Our drift alerts fire too late.\nWe retrain by hand every month.')
    expect(plain).toContain(`${serverUrl}/admin/collections/leads/${sampleLead.id}`)
    // Typed markup reads in the text part exactly as it was typed (decoded once, not twice).
    expect(email.text).toContain('Name: <script>alert(1)</script> Mallory')
    expect(salesEmail({ ...sampleLead, name: 'A &lt; B' }, serverUrl).text).toContain('Name: A &lt; B')
  })

  it('keeps the subject on one line without bidi overrides or zero-width characters', () => {
    const { subject } = salesEmail({ ...sampleLead, name: 'Eve\u202Egpj.exe\u200B\r\nBcc: x' }, serverUrl)
    expect(subject).toBe(`New lead ${sampleLead.reference}: Evegpj.exe Bcc: x (${sampleLead.company})`)
  })
})

const sampleLeadWithoutMarkup: EmailLead = {
  ...sampleLead,
  name: 'Ada Lovelace',
  message: 'Our drift alerts fire too late.\nWe retrain by hand every month.',
}

describe('the confirmation to the prospect', () => {
  it('carries our copy, the reference, areas and timeline, and none of the visitor’s text', () => {
    const email = confirmationEmail(hostile, sampleFormCopy)
    for (const part of [email.subject, email.html, email.text]) {
      expect(part).not.toMatch(/Mallory|onerror|onmouseover|evil\.test|bold/)
      expect(part).toContain(hostile.reference)
    }
    expect(email.text).not.toMatch(MARKUP)
    expect(email.text).toContain(`${sampleFormCopy.labels.areas}: Drift detection, Continuous training`)
    expect(email.text).toContain(`${sampleFormCopy.labels.timeline}: In 1–3 months`)
    expect(email.text).toContain(sampleFormCopy.confirmationEmail.signature)
  })

  it('escapes the CMS copy too', () => {
    const copy = { ...sampleFormCopy.confirmationEmail, greeting: 'Hi <i>there</i> & welcome' }
    const email = confirmationEmail(sampleLead, { ...sampleFormCopy, confirmationEmail: copy })
    expect(email.html).toContain('Hi &lt;i&gt;there&lt;/i&gt; &amp; welcome')
    expect(email.text).toContain('Hi <i>there</i> & welcome')
  })
})

describe('the password reset', () => {
  it('carries the reset link in the HTML and, as the adapter makes it, in the plain text', () => {
    const link = `${serverUrl}/admin/reset/abc123`
    const email = passwordResetEmail(link)
    expect(email.subject).toMatch(/reset/i)
    expect(email.html).toContain(`href="${link}"`)
    expect(email.text).toContain(link)
    expect(email.text).not.toMatch(MARKUP)
    // Payload hands the adapter only the HTML; the text it derives is the same.
    expect(htmlToText(email.html)).toBe(email.text)
  })
})
