import type { ReactNode } from 'react'

/**
 * A chart's SVG, `width` wide and `height` high in its own units and as wide as its figure, read out as one
 * image named by its section's heading and description (`${id}-title`, `${id}-desc`).
 */
export function ChartSvg({
  id,
  width,
  height,
  fontSize,
  children,
}: {
  id: string
  width: number
  height: number
  fontSize: number
  children: ReactNode
}) {
  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
      role="img"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-desc`}
      style={{ display: 'block', fontSize }}
    >
      {children}
    </svg>
  )
}
