import { INSIGHTS_URL } from '@/lib/insights/path'
import { DEFAULT_WEEKS } from '@/lib/insights/range'

const field = { display: 'flex', flexDirection: 'column', gap: '0.25rem' } as const

/** The date range, as a plain GET form: the page works without JavaScript. */
export function RangeForm({ from, to, error }: { from: string; to: string; error?: string }) {
  return (
    <form
      method="get"
      action={INSIGHTS_URL}
      aria-describedby={error ? 'insights-range-error' : undefined}
      style={{
        display: 'flex',
        gap: 'var(--base)',
        alignItems: 'flex-end',
        flexWrap: 'wrap',
        margin: 'var(--base) 0',
      }}
    >
      <label style={field}>
        From
        <input type="date" name="from" defaultValue={from} />
      </label>
      <label style={field}>
        To (included)
        <input type="date" name="to" defaultValue={to} />
      </label>
      <button type="submit" className="btn btn--style-secondary btn--size-small" style={{ margin: 0 }}>
        Show
      </button>
      <a href={INSIGHTS_URL}>Last {DEFAULT_WEEKS} weeks</a>
      {error && (
        <p
          id="insights-range-error"
          role="alert"
          data-insights="error"
          style={{ flexBasis: '100%', margin: 0, color: 'var(--theme-error-500)' }}
        >
          {error} Dates are days in UTC, written YYYY-MM-DD.
        </p>
      )}
    </form>
  )
}
