import { ChartSvg } from './ChartSvg'
import { niceMax, shortDay } from './format'
import { GridLines } from './GridLines'

export type Segment = { key: string; label: string; colour: string }
export type StackedBar = { week: string; values: Record<string, number>; total: number }

const W = 640
const H = 240
const LEFT = 40
const BOTTOM = 24
const TOP = 8

/** Weekly bars, each stacked by category (bottom up in `segments` order), with a legend. Server-rendered SVG. */
export function StackedBars({ id, bars, segments }: { id: string; bars: StackedBar[]; segments: Segment[] }) {
  const max = niceMax(Math.max(0, ...bars.map((b) => b.total)))
  const plotH = H - BOTTOM - TOP
  const slot = (W - LEFT) / Math.max(1, bars.length)
  const barW = Math.max(2, slot * 0.7)
  const y = (n: number) => TOP + plotH - (n / max) * plotH
  const labelEvery = Math.ceil(bars.length / 12)
  return (
    <>
      <ChartSvg id={id} width={W} height={H} fontSize={11}>
        <GridLines max={max} left={LEFT} right={W} y={y} />
        {bars.map((bar, i) => {
          const x = LEFT + i * slot + (slot - barW) / 2
          let base = 0
          return (
            <g key={bar.week}>
              {segments.map((segment) => {
                const n = bar.values[segment.key] ?? 0
                if (!n) return null
                const top = base + n
                const rect = (
                  <rect
                    key={segment.key}
                    x={x}
                    y={y(top)}
                    width={barW}
                    height={y(base) - y(top)}
                    fill={segment.colour}
                  >
                    <title>{`Week of ${shortDay(bar.week)}: ${n} ${segment.label.toLowerCase()}`}</title>
                  </rect>
                )
                base = top
                return rect
              })}
              {i % labelEvery === 0 && (
                <text x={x + barW / 2} y={H - 8} textAnchor="middle" fill="currentColor">
                  {shortDay(bar.week)}
                </text>
              )}
            </g>
          )
        })}
      </ChartSvg>
      <ul
        aria-label="Legend"
        style={{
          display: 'flex',
          flexWrap: 'wrap',
          gap: '0.75rem',
          listStyle: 'none',
          padding: 0,
          margin: 0,
        }}
      >
        {segments.map((segment) => (
          <li key={segment.key}>
            <span
              aria-hidden="true"
              style={{
                display: 'inline-block',
                width: '0.75rem',
                height: '0.75rem',
                background: segment.colour,
                marginRight: '0.25rem',
              }}
            />
            {segment.label}
          </li>
        ))}
      </ul>
    </>
  )
}
