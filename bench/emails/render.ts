/**
 * What composing one email costs in the job runner: subject, HTML and plain text, per template,
 * on the sample lead (lib/email/samples.ts). Run by hand:
 *
 *   npx tsx bench/emails/render.ts [batches]
 *
 * Warms up, then renders each email in batches of 1,000 and prints the median and the worst
 * batch's time per email in µs. The target: at most 500 µs per email (the queue drains at least
 * 200 emails/s on two cores, sending included).
 */
import { htmlToText } from '../../lib/email/htmlToText'
import { sampleFormCopy, sampleLead, sampleResetToken, sampleServerUrl } from '../../lib/email/samples'
import { confirmationEmail, salesEmail, type ComposedEmail } from '../../lib/leads/emails'
import { fmt, median } from '../lib/stats'

const batches = Number(process.argv[2] || 20)
const BATCH = 1000

/** Payload's default reset email, as the adapter completes it with a plain-text part. */
function passwordReset(): ComposedEmail {
  const url = `${sampleServerUrl}/admin/reset/${sampleResetToken}`
  const html = `You are receiving this because you (or someone else) have requested the reset of the password for your account. Please click on the following link, or paste this into your browser to complete the process:
    <a href="${url}">${url}</a>
    If you did not request this, please ignore this email and your password will remain unchanged.`
  return { subject: 'Reset your password', html, text: htmlToText(html) }
}

const cases: Record<string, () => ComposedEmail | Promise<ComposedEmail>> = {
  sales: () => salesEmail(sampleLead, sampleServerUrl),
  confirmation: () => confirmationEmail(sampleLead, sampleFormCopy),
  'password reset': passwordReset,
}

const sizeOf = (email: ComposedEmail) => email.subject.length + email.html.length + email.text.length

let sink = 0
for (const [name, render] of Object.entries(cases)) {
  for (let i = 0; i < 2 * BATCH; i++) sink += sizeOf(await render())
  const perEmail: number[] = []
  for (let b = 0; b < batches; b++) {
    const started = performance.now()
    for (let i = 0; i < BATCH; i++) sink += sizeOf(await render())
    perEmail.push(((performance.now() - started) * 1000) / BATCH)
  }
  const size = sizeOf(await render())
  console.log(
    `${name.padEnd(15)} median ${fmt(median(perEmail)).padStart(7)} µs/email   worst batch ${fmt(Math.max(...perEmail)).padStart(7)} µs/email   (${size} characters)`,
  )
}
if (sink < 0) console.log(sink)
