import { ChartSvg } from './ChartSvg'
import { percent } from './format'
import { STATUS_COLOURS } from './palette'

export type FunnelStage = { key: string; label: string; count: number; colour: string }

const W = 640
const ROW = 34
const LABEL_W = 120

/**
 * The pipeline as a funnel: one centred bar per step, as wide as the share of received enquiries that reached
 * it; the last row splits the closed leads into won and lost.
 */
export function FunnelChart({
  id,
  stages,
  won,
  lost,
}: {
  id: string
  stages: FunnelStage[]
  won: number
  lost: number
}) {
  const received = stages[0]?.count ?? 0
  const plotW = W - LABEL_W - 80
  const centre = LABEL_W + plotW / 2
  const width = (n: number) => (received > 0 ? (n / received) * plotW : 0)
  const rows = stages.length + 1
  const closedY = stages.length * ROW
  const wonW = width(won)
  const lostW = width(lost)
  const closedX = centre - (wonW + lostW) / 2
  return (
    <ChartSvg id={id} width={W} height={rows * ROW} fontSize={12}>
      {stages.map((stage, i) => {
        const w = width(stage.count)
        return (
          <g key={stage.key}>
            <text x={0} y={i * ROW + ROW * 0.62} fill="currentColor">
              {stage.label}
            </text>
            <rect
              x={centre - w / 2}
              y={i * ROW + 4}
              width={Math.max(1, w)}
              height={ROW - 8}
              fill={stage.colour}
            >
              <title>{`${stage.label}: ${stage.count} (${percent(stage.count, received)})`}</title>
            </rect>
            <text x={W} y={i * ROW + ROW * 0.62} textAnchor="end" fill="currentColor">
              {`${stage.count} · ${percent(stage.count, received)}`}
            </text>
          </g>
        )
      })}
      <text x={0} y={closedY + ROW * 0.62} fill="currentColor">
        Won | lost
      </text>
      <rect x={closedX} y={closedY + 4} width={Math.max(1, wonW)} height={ROW - 8} fill={STATUS_COLOURS.won}>
        <title>{`Won: ${won} (${percent(won, received)})`}</title>
      </rect>
      <rect
        x={closedX + wonW}
        y={closedY + 4}
        width={Math.max(1, lostW)}
        height={ROW - 8}
        fill={STATUS_COLOURS.lost}
      >
        <title>{`Lost: ${lost} (${percent(lost, received)})`}</title>
      </rect>
      <text x={W} y={closedY + ROW * 0.62} textAnchor="end" fill="currentColor">
        {`${won} won · ${lost} lost`}
      </text>
    </ChartSvg>
  )
}
