/**
 * A value axis's grid: a faint line across the plot at 0, half of `max` and `max`, each labelled left of the
 * plot by `label`.
 */
export function GridLines({
  max,
  left,
  right,
  y,
  label = String,
}: {
  max: number
  left: number
  right: number
  y: (value: number) => number
  label?: (tick: number) => string
}) {
  return [0, max / 2, max].map((tick) => (
    <g key={tick}>
      <line x1={left} x2={right} y1={y(tick)} y2={y(tick)} stroke="currentColor" strokeOpacity={0.15} />
      <text x={left - 4} y={y(tick) + 4} textAnchor="end" fill="currentColor">
        {label(tick)}
      </text>
    </g>
  ))
}
