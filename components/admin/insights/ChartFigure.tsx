import type { ReactNode } from 'react'

/**
 * A chart and its table: the SVG for the eye, the same figures as a table for screen readers, copying and
 * anyone who wants the numbers (collapsed under the chart; the SVG is labelled by the heading).
 */
export function ChartFigure({
  id,
  title,
  description,
  chart,
  table,
}: {
  id: string
  title: string
  description: string
  chart: ReactNode
  table: ReactNode
}) {
  return (
    <section aria-labelledby={`${id}-title`} style={{ marginBottom: 'calc(var(--base) * 2)' }}>
      <h2 id={`${id}-title`} style={{ marginBottom: 'calc(var(--base) * 0.25)' }}>
        {title}
      </h2>
      <p id={`${id}-desc`} style={{ margin: '0 0 calc(var(--base) * 0.5)', opacity: 0.8 }}>
        {description}
      </p>
      <figure style={{ margin: 0, maxWidth: '48rem' }}>
        {chart}
        <details style={{ marginTop: 'calc(var(--base) * 0.5)' }}>
          <summary>Table: {title.toLowerCase()}</summary>
          {table}
        </details>
      </figure>
    </section>
  )
}
