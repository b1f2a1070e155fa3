import type { FocusEvent, ChangeEvent, ReactNode } from 'react'

import type { FormValues } from '@/lib/leads/formInput'
import type { FieldErrors, LeadErrorCode } from '@/lib/leads/fields'

import type { LeadFormCopy, Option } from './types'

/** Extra props for an input: react-hook-form's `register` once the form is enhanced. */
export type Bind = (name: string) => {
  name: string
  onChange?: (event: ChangeEvent<HTMLElement>) => unknown
  onBlur?: (event: FocusEvent<HTMLElement>) => unknown
  ref?: (element: HTMLElement | null) => void
}

type Props = {
  copy: LeadFormCopy
  areas: Option[]
  clouds: Option[]
  timelines: Option[]
  errors: FieldErrors
  values: FormValues
  bind?: Bind
}

export const fieldId = (name: string) => `lf-${name}`
const errorId = (name: string) => `lf-${name}-error`
const helpId = (name: string) => `lf-${name}-help`

function describedBy(name: string, hasHelp: boolean, error: LeadErrorCode | undefined) {
  const ids = [hasHelp ? helpId(name) : null, error ? errorId(name) : null].filter(Boolean)
  return ids.length ? ids.join(' ') : undefined
}

function ErrorText({ name, code, copy }: { name: string; code?: LeadErrorCode; copy: LeadFormCopy }) {
  if (!code) return null
  return (
    <p id={errorId(name)} className="lead-form__error">
      {copy.errors[code]}
    </p>
  )
}

function Label({
  name,
  children,
  optional,
  copy,
}: {
  name: string
  children: ReactNode
  optional?: boolean
  copy: LeadFormCopy
}) {
  return (
    <label htmlFor={fieldId(name)} className="lead-form__label">
      {children}
      {optional ? <span className="lead-form__optional"> {copy.labels.optional}</span> : null}
    </label>
  )
}

const str = (v: FormValues[string]) => (typeof v === 'string' ? v : '')

/**
 * The fields of the enquiry form, plain HTML that works without JavaScript. Each field
 * carries aria-invalid and aria-describedby pointing at its help and its error.
 */
export function LeadFields({ copy, areas, clouds, timelines, errors, values, bind }: Props) {
  const b = (name: string) => (bind ? bind(name) : { name })
  const text = (
    name: 'name' | 'email' | 'company' | 'role',
    type: string,
    autoComplete: string,
    opts: { optional?: boolean; help?: string; maxLength: number },
  ) => (
    <div className="lead-form__field">
      <Label name={name} optional={opts.optional} copy={copy}>
        {copy.labels[name]}
      </Label>
      {opts.help ? (
        <p id={helpId(name)} className="lead-form__help">
          {opts.help}
        </p>
      ) : null}
      <input
        id={fieldId(name)}
        type={type}
        autoComplete={autoComplete}
        defaultValue={str(values[name])}
        required={!opts.optional}
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={describedBy(name, Boolean(opts.help), errors[name])}
        {...b(name)}
      />
      <ErrorText name={name} code={errors[name]} copy={copy} />
    </div>
  )
  const select = (name: 'cloud' | 'timeline', options: Option[]) => (
    <div className="lead-form__field">
      <Label name={name} optional copy={copy}>
        {copy.labels[name]}
      </Label>
      <select
        id={fieldId(name)}
        defaultValue={str(values[name])}
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={describedBy(name, false, errors[name])}
        {...b(name)}
      >
        <option value="">{copy.labels.choose}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <ErrorText name={name} code={errors[name]} copy={copy} />
    </div>
  )
  const chosenAreas = Array.isArray(values.areas) ? values.areas : []

  return (
    <>
      <div className="lead-form__grid">
        {text('name', 'text', 'name', { maxLength: 200 })}
        {text('email', 'email', 'email', { help: copy.help.email, maxLength: 254 })}
        {text('company', 'text', 'organization', { maxLength: 200 })}
        {text('role', 'text', 'organization-title', { optional: true, maxLength: 200 })}
      </div>

      <fieldset className="lead-form__field lead-form__areas">
        <legend className="lead-form__label">
          {copy.labels.areas}
          <span className="lead-form__optional"> {copy.labels.optional}</span>
        </legend>
        <p id={helpId('areas')} className="lead-form__help">
          {copy.help.areas}
        </p>
        <div className="lead-form__choices">
          {areas.map((a, i) => (
            <label key={a.value} className="lead-form__choice">
              <input
                type="checkbox"
                id={i === 0 ? fieldId('areas') : undefined}
                value={a.value}
                defaultChecked={chosenAreas.includes(a.value)}
                aria-invalid={errors.areas ? true : undefined}
                aria-describedby={describedBy('areas', true, errors.areas)}
                {...b('areas')}
              />
              <span>{a.label}</span>
            </label>
          ))}
        </div>
        <ErrorText name="areas" code={errors.areas} copy={copy} />
      </fieldset>

      <div className="lead-form__grid">
        {select('cloud', clouds)}
        {select('timeline', timelines)}
      </div>

      <div className="lead-form__field">
        <Label name="message" optional copy={copy}>
          {copy.labels.message}
        </Label>
        <p id={helpId('message')} className="lead-form__help">
          {copy.help.message}
        </p>
        <textarea
          id={fieldId('message')}
          rows={6}
          defaultValue={str(values.message)}
          aria-invalid={errors.message ? true : undefined}
          aria-describedby={describedBy('message', true, errors.message)}
          {...b('message')}
        />
        <ErrorText name="message" code={errors.message} copy={copy} />
      </div>

      <div className="lead-form__field lead-form__consent">
        <div className="lead-form__choice">
          <input
            id={fieldId('consent')}
            type="checkbox"
            value="on"
            defaultChecked={values.consent === true}
            required
            aria-invalid={errors.consent ? true : undefined}
            aria-describedby={describedBy('consent', true, errors.consent)}
            {...b('consent')}
          />
          <label htmlFor={fieldId('consent')}>{copy.consent.text}</label>
        </div>
        <p id={helpId('consent')} className="lead-form__help">
          <a href={copy.consent.privacyHref}>{copy.consent.privacyLabel}</a>
        </p>
        <ErrorText name="consent" code={errors.consent} copy={copy} />
      </div>

      <div className="lead-form__trap" aria-hidden="true">
        <label htmlFor={fieldId('website')}>{copy.labels.honeypot}</label>
        <input
          id={fieldId('website')}
          name="website"
          type="text"
          tabIndex={-1}
          autoComplete="off"
          defaultValue=""
        />
      </div>
    </>
  )
}
