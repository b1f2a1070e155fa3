/**
 * What composing one email costs in the job runner: subject, HTML and plain text, per template,
 * on the sample lead (lib/email/samples.ts). Run by hand, with the production React build:
 *
 *   NODE_ENV=production npx tsx bench/emails/render.ts [batches]
 *
 * Warms up, then composes each email in batches of 1,000 and prints the median and the worst
 * batch's time per email in µs: as the app does it (renderToStaticMarkup, then htmlToText), and,
 * for comparison, with `@react-email/render`'s `render` (streamed, async) for the HTML and
 * `render(…, { plainText: true })` for the text. The target: at most 500 µs per email (the
 * queue drains at least 200 emails/s on two cores, sending included).
 */
import { render } from '@react-email/components'
import { createElement, type ReactElement } from 'react'

import { passwordResetEmail } from '../../lib/email/passwordReset'
import { sampleFormCopy, sampleLead, sampleResetToken, sampleServerUrl } from '../../lib/email/samples'
import { PasswordReset } from '../../lib/email/templates/PasswordReset'
import {
  confirmationEmail,
  leadConfirmation,
  salesEmail,
  salesNotification,
  type ComposedEmail,
} from '../../lib/leads/emails'
import { fmt, median } from '../lib/stats'

const batches = Number(process.argv[2] || 20)
const BATCH = 1000
const resetUrl = `${sampleServerUrl}/admin/reset/${sampleResetToken}`

/** The same body through @react-email/render, as its docs show it. */
const viaReactEmailRender = async (subject: string, element: ReactElement): Promise<ComposedEmail> => ({
  subject,
  html: await render(element),
  text: await render(element, { plainText: true }),
})

const cases: Record<string, () => ComposedEmail | Promise<ComposedEmail>> = {
  sales: () => salesEmail(sampleLead, sampleServerUrl),
  confirmation: () => confirmationEmail(sampleLead, sampleFormCopy),
  'password reset': () => passwordResetEmail(resetUrl),
  'sales, @react-email/render': () =>
    viaReactEmailRender('subject', salesNotification(sampleLead, sampleServerUrl)),
  'confirmation, @react-email/render': () =>
    viaReactEmailRender('subject', leadConfirmation(sampleLead, sampleFormCopy)),
  'password reset, @react-email/render': () =>
    viaReactEmailRender('subject', createElement(PasswordReset, { resetUrl })),
}

const sizeOf = (email: ComposedEmail) => email.subject.length + email.html.length + email.text.length

console.log(`NODE_ENV=${process.env.NODE_ENV ?? '(unset)'}, ${batches} batches of ${BATCH}`)
let sink = 0
for (const [name, compose] of Object.entries(cases)) {
  for (let i = 0; i < 2 * BATCH; i++) sink += sizeOf(await compose())
  const perEmail: number[] = []
  for (let b = 0; b < batches; b++) {
    const started = performance.now()
    for (let i = 0; i < BATCH; i++) sink += sizeOf(await compose())
    perEmail.push(((performance.now() - started) * 1000) / BATCH)
  }
  const size = sizeOf(await compose())
  console.log(
    `${name.padEnd(36)} median ${fmt(median(perEmail)).padStart(7)} µs/email   worst batch ${fmt(Math.max(...perEmail)).padStart(7)} µs/email   (${size} characters)`,
  )
}
if (sink < 0) console.log(sink)
