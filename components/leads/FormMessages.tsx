import type { FieldErrors } from '@/lib/leads/fields'
import { VISIBLE_FIELDS } from '@/lib/leads/fields'

import { fieldId } from './LeadFields'
import type { LeadFormCopy } from './types'

/** Above the fields: which fields need fixing, each a link to its field. */
export function ErrorSummary({ errors, copy }: { errors: FieldErrors; copy: LeadFormCopy }) {
  const fields = VISIBLE_FIELDS.filter((f) => errors[f])
  const others = Object.keys(errors).filter((f) => !(VISIBLE_FIELDS as readonly string[]).includes(f))
  if (!fields.length && !others.length) return null
  return (
    <div className="lead-form__summary" role="alert" id="lf-summary" tabIndex={-1}>
      <p>{copy.errors.summary}</p>
      <ul>
        {fields.map((f) => (
          <li key={f}>
            <a href={`#${fieldId(f)}`}>
              {f === 'consent' ? '' : `${copy.labels[f]}: `}
              {copy.errors[errors[f]!]}
            </a>
          </li>
        ))}
        {others.map((f) => (
          <li key={f}>{copy.errors[errors[f]!]}</li>
        ))}
      </ul>
    </div>
  )
}

/** 429 and 503: a sentence a person understands; the form stays filled in below. */
export function StatusMessage({ status, copy }: { status: string; copy: LeadFormCopy }) {
  if (status !== 'rateLimited' && status !== 'unavailable') return null
  return (
    <div className="lead-form__summary" role="alert" id="lf-status" tabIndex={-1}>
      <p>{status === 'rateLimited' ? copy.errors.rateLimited : copy.errors.unavailable}</p>
    </div>
  )
}

/** After sending: the thanks and the reference to quote. */
export function LeadSuccess({
  reference,
  copy,
  titleLevel = 'h3',
}: {
  reference: string
  copy: LeadFormCopy
  titleLevel?: 'h2' | 'h3'
}) {
  const Title = titleLevel
  const [before, after] = copy.success.body.split('{reference}')
  return (
    <div className="lead-form lead-form--sent" role="status" id="lead-form-sent">
      <Title className="lead-form__title" tabIndex={-1} id="lf-sent-title">
        {copy.success.title}
      </Title>
      <p>
        {before}
        {after !== undefined ? <strong>{reference}</strong> : null}
        {after}
      </p>
      <p className="lead-form__reference">
        {copy.success.referenceLabel}: <strong data-reference>{reference}</strong>
      </p>
    </div>
  )
}
