'use client'

import { zodResolver } from '@hookform/resolvers/zod'
import { useEffect, useLayoutEffect, useState, type BaseSyntheticEvent } from 'react'
import { useForm, type FieldErrors as RhfErrors } from 'react-hook-form'

import { isErrorCode, VISIBLE_FIELDS, type FieldErrors, type LeadErrorCode } from '@/lib/leads/fields'
import { inputFromForm } from '@/lib/leads/formInput'
import { visibleFieldsSchema } from '@/lib/leads/schema'

import { ErrorSummary, StatusMessage } from './FormMessages'
import { HiddenInputs } from './HiddenInputs'
import { LeadFields, type Bind } from './LeadFields'
import type { EnhancedProps } from './types'

type Values = Record<string, unknown>

const asCode = (m: unknown): LeadErrorCode | undefined => (isErrorCode(m) ? m : undefined)

function codesOf(errors: RhfErrors<Values>): FieldErrors {
  const out: FieldErrors = {}
  for (const [field, err] of Object.entries(errors)) {
    if (!err) continue
    out[field] = asCode((err as { message?: unknown }).message) ?? (field === 'areas' ? 'choice' : 'type')
  }
  return out
}

/**
 * The form once the visitor starts using it: react-hook-form with the shared zod schema,
 * inline errors on each field, focus on the first error, and a JSON send whose 400, 429
 * and 503 answers are shown without losing a word of what was typed.
 */
export function LeadFormEnhanced(props: EnhancedProps) {
  const { copy, hidden, values, focus, serverErrors, onSent } = props
  const Title = props.titleLevel ?? 'h3'
  const [status, setStatus] = useState<'idle' | 'rateLimited' | 'unavailable'>('idle')
  const [extraErrors, setExtraErrors] = useState<FieldErrors>({})
  const { register, handleSubmit, setError, setFocus, formState } = useForm<Values>({
    resolver: zodResolver(visibleFieldsSchema) as never,
    defaultValues: {
      name: '',
      email: '',
      company: '',
      role: '',
      cloud: '',
      timeline: '',
      message: '',
      ...Object.fromEntries(
        Object.entries(values).filter(([k]) => (VISIBLE_FIELDS as readonly string[]).includes(k)),
      ),
      areas: Array.isArray(values.areas) ? values.areas : [],
      consent: values.consent === true,
    },
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    shouldFocusError: true,
  })

  useLayoutEffect(() => {
    for (const [field, code] of Object.entries(serverErrors))
      if (code) setError(field, { type: 'server', message: code })
    const el = focus ? document.getElementById(focus.id) : null
    if (el) {
      el.focus()
      if (focus?.start !== null && 'setSelectionRange' in el) {
        try {
          ;(el as HTMLInputElement).setSelectionRange(focus!.start, focus!.end)
        } catch {
          // checkboxes and selects have no selection
        }
      }
    }
    // Only on mount: carry over what the server said and where the visitor was.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  // The form element comes with the submit event (a ref read here would be read during render,
  // as far as React's compiler can tell, since handleSubmit wraps this function at render).
  const send = async (_values: Values, event?: BaseSyntheticEvent) => {
    const form = event?.target
    if (!(form instanceof HTMLFormElement)) return
    setStatus('idle')
    setExtraErrors({})
    let res: Response
    try {
      res = await fetch('/start-a-project/submit', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(inputFromForm(new FormData(form))),
      })
    } catch {
      setStatus('unavailable')
      return
    }
    if (res.status === 200 || res.status === 201) {
      const body = (await res.json()) as { reference: string }
      onSent(body.reference)
      return
    }
    if (res.status === 400) {
      const body = (await res.json().catch(() => ({ errors: {} }))) as { errors: FieldErrors }
      const visible = VISIBLE_FIELDS.filter((f) => body.errors[f])
      for (const f of visible) setError(f, { type: 'server', message: body.errors[f] })
      const rest = Object.fromEntries(
        Object.entries(body.errors).filter(([f]) => !(VISIBLE_FIELDS as readonly string[]).includes(f)),
      )
      setExtraErrors(rest)
      if (visible[0]) setFocus(visible[0])
      else document.getElementById('lf-summary')?.focus()
      return
    }
    setStatus(res.status === 429 ? 'rateLimited' : 'unavailable')
  }

  useEffect(() => {
    if (status !== 'idle') document.getElementById('lf-status')?.focus()
  }, [status])

  const errors = { ...extraErrors, ...codesOf(formState.errors) }
  const bind: Bind = (name) => register(name) as ReturnType<Bind>

  return (
    <form
      id="lead-form"
      className="lead-form"
      noValidate
      aria-labelledby="lead-form-title"
      onSubmit={handleSubmit(send)}
    >
      <Title id="lead-form-title" className="lead-form__title">
        {copy.heading}
      </Title>
      <p className="lead-form__intro">{copy.intro}</p>
      <StatusMessage status={status} copy={copy} />
      {formState.submitCount > 0 || Object.keys(serverErrors).length ? (
        <ErrorSummary errors={errors} copy={copy} />
      ) : null}
      <HiddenInputs hidden={hidden} />
      <LeadFields {...props} errors={errors} values={values} bind={bind} />
      <button className="button button--primary" type="submit" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? copy.sending : copy.submit}
      </button>
    </form>
  )
}
