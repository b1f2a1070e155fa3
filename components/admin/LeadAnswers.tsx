import type { FieldServerComponent } from 'payload'

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '')

/**
 * What the prospect answered on the site besides the form, shown with what they asked: where the decide
 * tree led them and the drift calculator's summary. Both are stored in the `context` group (with the
 * campaign fields, under "Where they came from"); this shows them up front, read-only.
 */
export const LeadAnswers: FieldServerComponent = ({ data }) => {
  const context: unknown = data?.context
  const get = (key: string) =>
    context && typeof context === 'object' && key in context ? text(Reflect.get(context, key)) : ''
  const outcome = get('decideOutcome')
  const drift = get('driftSummary')
  return (
    <dl className="field-type lead-answers" style={{ marginBottom: 'var(--base)' }}>
      <dt className="field-label">Decide-tree outcome</dt>
      <dd data-answer="decideOutcome" style={{ margin: '0 0 calc(var(--base) / 2)' }}>
        {outcome || 'Not taken'}
      </dd>
      <dt className="field-label">Drift calculator</dt>
      <dd data-answer="driftSummary" style={{ margin: 0, whiteSpace: 'pre-wrap' }}>
        {drift || 'Not used'}
      </dd>
    </dl>
  )
}
