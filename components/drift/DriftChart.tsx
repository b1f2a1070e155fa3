import type { DriftChart as Chart } from '@/lib/drift/compute'
import { formatFigure } from '@/lib/drift/format'

const W = 640
const PAD = { top: 12, right: 12, bottom: 28, left: 12 }

/**
 * Both distributions as SVG. Numbers: equal-width bins over the range of both samples,
 * the baseline as filled bars and the current sample as a line over them. Categories: a
 * pair of horizontal bars per category. Proportions, so samples of different sizes compare.
 */
export function DriftChart({
  chart,
  title,
  baseline,
  current,
}: {
  chart: Chart
  title: string
  baseline: string
  current: string
}) {
  return (
    <figure className="drift-chart">
      <figcaption className="drift-chart__caption">
        <span>{title}</span>
        <span className="drift-chart__key drift-chart__key--baseline">{baseline}</span>
        <span className="drift-chart__key drift-chart__key--current">{current}</span>
      </figcaption>
      {chart.kind === 'numeric' ? (
        <NumericBars chart={chart} title={title} />
      ) : (
        <CategoryBars chart={chart} title={title} />
      )}
    </figure>
  )
}

function NumericBars({ chart, title }: { chart: Extract<Chart, { kind: 'numeric' }>; title: string }) {
  const H = 220
  const bins = chart.baseline.length
  const top = Math.max(...chart.baseline, ...chart.current) || 1
  const plotW = W - PAD.left - PAD.right
  const plotH = H - PAD.top - PAD.bottom
  const x = (i: number) => PAD.left + (i / bins) * plotW
  const y = (p: number) => PAD.top + plotH - (p / top) * plotH
  const line = chart.current
    .map((p, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${y(p).toFixed(1)}H${x(i + 1).toFixed(1)}`)
    .join('')
  return (
    <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={title} className="drift-chart__svg">
      {chart.baseline.map((p, i) => (
        <rect
          key={i}
          className="drift-chart__baseline"
          x={x(i) + 0.5}
          y={y(p)}
          width={Math.max(x(i + 1) - x(i) - 1, 0.5)}
          height={PAD.top + plotH - y(p)}
        />
      ))}
      <path className="drift-chart__current" d={line} />
      <line
        className="drift-chart__axis"
        x1={PAD.left}
        x2={W - PAD.right}
        y1={PAD.top + plotH}
        y2={PAD.top + plotH}
      />
      <text className="drift-chart__tick" x={PAD.left} y={H - 8}>
        {formatFigure(chart.min)}
      </text>
      <text className="drift-chart__tick" x={W - PAD.right} y={H - 8} textAnchor="end">
        {formatFigure(chart.max)}
      </text>
    </svg>
  )
}

function CategoryBars({ chart, title }: { chart: Extract<Chart, { kind: 'categorical' }>; title: string }) {
  const row = 30
  const H = PAD.top + chart.categories.length * row + 4
  const nameW = 150
  const top = Math.max(...chart.baseline, ...chart.current) || 1
  const barW = (p: number) => (p / top) * (W - PAD.right - nameW - 8)
  return (
    <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={title} className="drift-chart__svg">
      {chart.categories.map((name, i) => {
        const y0 = PAD.top + i * row
        return (
          <g key={name}>
            <text className="drift-chart__tick" x={nameW} y={y0 + 17} textAnchor="end">
              {name.length > 22 ? `${name.slice(0, 21)}…` : name}
            </text>
            <rect
              className="drift-chart__baseline"
              x={nameW + 8}
              y={y0 + 2}
              width={barW(chart.baseline[i]!)}
              height={11}
            />
            <rect
              className="drift-chart__current-bar"
              x={nameW + 8}
              y={y0 + 14}
              width={barW(chart.current[i]!)}
              height={11}
            />
          </g>
        )
      })}
    </svg>
  )
}
