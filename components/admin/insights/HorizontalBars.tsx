import { ChartSvg } from './ChartSvg'
import { BAR_COLOUR } from './palette'

export type Bar = { key: string; label: string; count: number }

const W = 640
const ROW = 26
const LABEL_W = 220
const COUNT_W = 60

const clip = (text: string, max = 34) => (text.length > max ? `${text.slice(0, max - 1)}…` : text)

/** One horizontal bar per value, longest first as given, labelled on the left, counted on the right. */
export function HorizontalBars({ id, bars }: { id: string; bars: Bar[] }) {
  const max = Math.max(1, ...bars.map((b) => b.count))
  const plotW = W - LABEL_W - COUNT_W
  const H = Math.max(1, bars.length) * ROW
  return (
    <ChartSvg id={id} width={W} height={H} fontSize={12}>
      {bars.length === 0 && (
        <text x={0} y={ROW * 0.65} fill="currentColor">
          No enquiries in this range.
        </text>
      )}
      {bars.map((bar, i) => {
        const width = (bar.count / max) * plotW
        return (
          <g key={bar.key}>
            <text x={LABEL_W - 8} y={i * ROW + ROW * 0.65} textAnchor="end" fill="currentColor">
              {clip(bar.label)}
            </text>
            <rect x={LABEL_W} y={i * ROW + 4} width={Math.max(1, width)} height={ROW - 8} fill={BAR_COLOUR}>
              <title>{`${bar.label}: ${bar.count}`}</title>
            </rect>
            <text x={LABEL_W + width + 6} y={i * ROW + ROW * 0.65} fill="currentColor">
              {bar.count}
            </text>
          </g>
        )
      })}
    </ChartSvg>
  )
}
