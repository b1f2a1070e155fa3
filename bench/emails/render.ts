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
import { passwordResetEmail } from '../../lib/email/passwordReset'
import { sampleFormCopy, sampleLead, sampleResetToken, sampleServerUrl } from '../../lib/email/samples'
import { confirmationEmail, salesEmail, type ComposedEmail } from '../../lib/leads/emails'
import { fmt, median } from '../lib/stats'

const batches = Number(process.argv[2] || 20)
const BATCH = 1000

const cases: Record<string, () => ComposedEmail | Promise<ComposedEmail>> = {
  sales: () => salesEmail(sampleLead, sampleServerUrl),
  confirmation: () => confirmationEmail(sampleLead, sampleFormCopy),
  'password reset': () => passwordResetEmail(`${sampleServerUrl}/admin/reset/${sampleResetToken}`),
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
