import { ChartSvg } from './ChartSvg'
import { hoursLabel, niceMax, shortDay } from './format'
import { GridLines } from './GridLines'
import { BAR_COLOUR, SLA_COLOUR } from './palette'

export type ResponsePoint = { week: string; medianHours: number | null }

const W = 640
const H = 220
const LEFT = 44
const BOTTOM = 24
const TOP = 12

/**
 * Median hours to first response per week as a line (broken where a week has no answered lead), against a
 * dashed line at the SLA.
 */
export function ResponseLine({
  id,
  points,
  slaHours,
}: {
  id: string
  points: ResponsePoint[]
  slaHours: number
}) {
  const max = niceMax(Math.max(slaHours * 1.25, ...points.map((p) => p.medianHours ?? 0)))
  const plotH = H - BOTTOM - TOP
  const slot = (W - LEFT) / Math.max(1, points.length)
  const x = (i: number) => LEFT + i * slot + slot / 2
  const y = (hours: number) => TOP + plotH - (hours / max) * plotH
  const labelEvery = Math.ceil(points.length / 12)
  // Runs of consecutive weeks with a median, each drawn as its own line.
  const runs: { i: number; hours: number }[][] = []
  points.forEach((p, i) => {
    if (p.medianHours === null) return
    const last = runs.at(-1)
    if (last && last.at(-1)?.i === i - 1) last.push({ i, hours: p.medianHours })
    else runs.push([{ i, hours: p.medianHours }])
  })
  return (
    <ChartSvg id={id} width={W} height={H} fontSize={11}>
      <GridLines max={max} left={LEFT} right={W} y={y} label={(tick) => `${tick} h`} />
      <line
        x1={LEFT}
        x2={W}
        y1={y(slaHours)}
        y2={y(slaHours)}
        stroke={SLA_COLOUR}
        strokeDasharray="6 4"
        strokeWidth={1.5}
      />
      <text x={W - 4} y={y(slaHours) - 4} textAnchor="end" fill={SLA_COLOUR}>
        {`SLA ${slaHours} h`}
      </text>
      {runs.map((run) => (
        <polyline
          key={run[0]!.i}
          points={run.map((p) => `${x(p.i)},${y(p.hours)}`).join(' ')}
          fill="none"
          stroke={BAR_COLOUR}
          strokeWidth={2}
        />
      ))}
      {points.map((p, i) =>
        p.medianHours === null ? null : (
          <circle key={p.week} cx={x(i)} cy={y(p.medianHours)} r={3.5} fill={BAR_COLOUR}>
            <title>{`Week of ${shortDay(p.week)}: median ${hoursLabel(p.medianHours)}`}</title>
          </circle>
        ),
      )}
      {points.map((p, i) =>
        i % labelEvery === 0 ? (
          <text key={`l${p.week}`} x={x(i)} y={H - 8} textAnchor="middle" fill="currentColor">
            {shortDay(p.week)}
          </text>
        ) : null,
      )}
    </ChartSvg>
  )
}
