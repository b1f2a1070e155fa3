import type { ReactElement } from 'react'

import type { ClosingCta, Lead } from '@/payload-types'

import { CLOUDS, TIMELINES } from './options'

import { oneLine } from '../email/escape'
import { renderEmail } from '../email/render'
import type { AnswerRow } from '../email/templates/AnswerTable'
import { LeadConfirmation } from '../email/templates/LeadConfirmation'
import { SalesNotification } from '../email/templates/SalesNotification'

export type LeadEmailKind = 'sales' | 'confirmation'
export type ComposedEmail = { subject: string; html: string; text: string }

/** What the emails say about a lead (lib/leads/emailInputs.ts reads it): its fields, and its areas' titles. */
export type EmailLead = Pick<
  Lead,
  'id' | 'reference' | 'name' | 'email' | 'company' | 'role' | 'cloud' | 'timeline' | 'message' | 'context'
> & {
  areas: { title: string }[]
  salesNotification: Pick<NonNullable<Lead['salesNotification']>, 'state' | 'attempts' | 'providerId'>
  confirmation: Pick<NonNullable<Lead['confirmation']>, 'state' | 'attempts' | 'providerId'>
}

const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (all, key: string) => values[key] ?? all)

const labelOf = (list: readonly { value: string; label: string }[], value: string | null | undefined) =>
  list.find((o) => o.value === value)?.label ?? ''

const areaTitles = (lead: EmailLead) =>
  lead.areas
    .map((area) => area.title)
    .filter(Boolean)
    .join(', ')

/** What the prospect sent, as label/value pairs (values are raw text; the templates escape them). */
function summary(lead: EmailLead): AnswerRow[] {
  const rows: AnswerRow[] = [
    ['Name', lead.name],
    ['Email', lead.email],
    ['Company', lead.company],
    ['Role', lead.role ?? ''],
    ['Service areas', areaTitles(lead)],
    ['Cloud or stack', labelOf(CLOUDS, lead.cloud)],
    ['Timeline', labelOf(TIMELINES, lead.timeline)],
    ['Message', lead.message ?? ''],
  ]
  return rows.filter(([, v]) => v)
}

/** The sales notification's body: the lead's summary and a link to it in the admin. */
export function salesNotification(lead: EmailLead, serverUrl: string): ReactElement {
  const link = `${serverUrl}/admin/collections/leads/${lead.id}`
  const c = lead.context ?? {}
  const rows: AnswerRow[] = [
    ['Reference', lead.reference],
    ...summary(lead),
    ['Decide-tree outcome', c.decideOutcome ?? ''],
    ['UTM', [c.utmSource, c.utmMedium, c.utmCampaign, c.utmTerm, c.utmContent].filter(Boolean).join(' / ')],
    ['Referrer', c.referrer ?? ''],
    ['Landing path', c.landingPath ?? ''],
  ]
  return <SalesNotification rows={rows.filter(([, v]) => v)} adminUrl={link} />
}

/** The notification to the sales inbox. */
export function salesEmail(lead: EmailLead, serverUrl: string): ComposedEmail {
  return {
    subject: oneLine(`New lead ${lead.reference}: ${lead.name} (${lead.company})`).slice(0, 250),
    ...renderEmail(salesNotification(lead, serverUrl)),
  }
}

/** The CMS words the confirmation is written in (closing-cta → form). */
export type FormCopy = {
  confirmationEmail: ClosingCta['form']['confirmationEmail']
  labels: Pick<ClosingCta['form']['labels'], 'areas' | 'timeline'>
}

/**
 * The CMS copy with {reference} filled in. {name} is dropped on purpose (see below), with the
 * space before it, so a template that still has it reads naturally ("Hello {name}," → "Hello,").
 */
const fillOurs = (template: string, reference: string) =>
  fill(template.replace(/[ \t]*\{name\}/g, ''), { reference }).trim()

/** The confirmation's body, in the CMS's words (see confirmationEmail). */
export function leadConfirmation(lead: EmailLead, form: FormCopy): ReactElement {
  const copy = form.confirmationEmail
  const rows: AnswerRow[] = [
    [form.labels.areas, areaTitles(lead)],
    [form.labels.timeline, labelOf(TIMELINES, lead.timeline)],
  ]
  return (
    <LeadConfirmation
      greeting={fillOurs(copy.greeting, lead.reference)}
      body={fillOurs(copy.body, lead.reference)}
      summaryLabel={copy.summaryLabel}
      rows={rows.filter(([, v]) => v)}
      signature={copy.signature}
    />
  )
}

/**
 * The confirmation to the prospect, in the words marketing wrote in the CMS. Anyone can type
 * any address into the form, so this email must be useless as a relay: it carries our copy,
 * the reference and what was chosen from our own lists (service areas, timeline), and never
 * a word the visitor wrote (name, company, role, message), in the subject or the body.
 */
export function confirmationEmail(lead: EmailLead, form: FormCopy): ComposedEmail {
  return {
    subject: oneLine(fillOurs(form.confirmationEmail.subject, lead.reference)).slice(0, 250),
    ...renderEmail(leadConfirmation(lead, form)),
  }
}
