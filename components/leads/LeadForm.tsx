'use client'

import { startTransition, useActionState, useEffect, useRef, useState, type ComponentType } from 'react'
import { flushSync } from 'react-dom'

import { valuesToEcho, type FormValues } from '@/lib/leads/formInput'
import { initialLeadFormState } from '@/lib/leads/formState'
import { HIDDEN_CONTEXT_FIELDS } from '@/lib/leads/fields'

import { ErrorSummary, LeadSuccess, StatusMessage } from './FormMessages'
import { browserContext, type HiddenValues } from './hiddenContext'
import { HiddenInputs } from './HiddenInputs'
import { LeadFields } from './LeadFields'
import type { EnhancedProps, FocusSpot, PlainLeadFormProps } from './types'

/** Where a browser without JavaScript posts; that page renders the answer (errors or thanks). */
export const LEAD_FORM_PERMALINK = '/start-a-project#lead-form'

type Enhanced = { Form: ComponentType<EnhancedProps>; values: FormValues; focus: FocusSpot | null }

/**
 * The enquiry form. Server-rendered HTML that posts to a server action, so it works with
 * JavaScript off. In the browser it is enhanced on first interaction: react-hook-form and
 * the zod schema load then (not with the page), validate inline and send JSON. The page hands
 * down the server action (`action`), so this component does not reach up into app/.
 */
export function LeadForm({ action, ...props }: PlainLeadFormProps) {
  const { copy, context, renderedAt } = props
  const Title = props.titleLevel ?? 'h3'
  const [state, formAction, pending] = useActionState(action, initialLeadFormState, LEAD_FORM_PERMALINK)
  const [hidden, setHidden] = useState<HiddenValues>(() => ({
    ...context,
    ...pick(state.values),
    submissionId: state.submissionId,
    startedAt: renderedAt ? String(renderedAt) : undefined,
  }))
  const [enhanced, setEnhanced] = useState<Enhanced | null>(null)
  const [sentReference, setSentReference] = useState<string | null>(null)
  const formRef = useRef<HTMLFormElement>(null)
  const loading = useRef(false)

  // A transition: re-rendering the form for its hidden fields need not hold up the first tap.
  useEffect(() => {
    startTransition(() =>
      setHidden((h) => browserContext({ ...h, submissionId: state.submissionId ?? h.submissionId })),
    )
  }, [state.submissionId])

  useEffect(() => {
    if (state.status === 'invalid') document.getElementById('lf-summary')?.focus()
    else if (state.status === 'rateLimited' || state.status === 'unavailable')
      document.getElementById('lf-status')?.focus()
  }, [state])

  const enhance = () => {
    if (loading.current) return
    loading.current = true
    import('./LeadFormEnhanced')
      .then((mod) => {
        const form = formRef.current
        if (!form) return
        const active = document.activeElement
        const focus =
          active instanceof HTMLElement && active.id && form.contains(active)
            ? {
                id: active.id,
                start: 'selectionStart' in active ? (active as HTMLInputElement).selectionStart : null,
                end: 'selectionEnd' in active ? (active as HTMLInputElement).selectionEnd : null,
              }
            : null
        // Synchronously, so no keystroke lands between reading the fields and the swap.
        flushSync(() =>
          setEnhanced({ Form: mod.LeadFormEnhanced, values: valuesToEcho(new FormData(form)), focus }),
        )
      })
      .catch(() => {
        loading.current = false // the plain form keeps working
      })
  }

  const reference = sentReference ?? (state.status === 'sent' ? state.reference : undefined)
  if (reference) return <LeadSuccess reference={reference} copy={copy} titleLevel={props.titleLevel} />

  if (enhanced) {
    return (
      <enhanced.Form
        {...props}
        hidden={hidden}
        values={enhanced.values}
        focus={enhanced.focus}
        serverErrors={state.errors}
        onSent={setSentReference}
      />
    )
  }

  return (
    <form
      ref={formRef}
      id="lead-form"
      className="lead-form"
      action={formAction}
      noValidate
      aria-labelledby="lead-form-title"
      onFocus={enhance}
      onPointerDown={enhance}
    >
      <Title id="lead-form-title" className="lead-form__title">
        {copy.heading}
      </Title>
      <p className="lead-form__intro">{copy.intro}</p>
      <StatusMessage status={state.status} copy={copy} />
      <ErrorSummary errors={state.errors} copy={copy} />
      <HiddenInputs hidden={hidden} />
      <LeadFields {...props} errors={state.errors} values={state.values} />
      <button className="button button--primary" type="submit" disabled={pending}>
        {pending ? copy.sending : copy.submit}
      </button>
    </form>
  )
}

const pick = (values: FormValues): HiddenValues => {
  const out: HiddenValues = {}
  for (const f of HIDDEN_CONTEXT_FIELDS) if (typeof values[f] === 'string') out[f] = values[f] as string
  return out
}
