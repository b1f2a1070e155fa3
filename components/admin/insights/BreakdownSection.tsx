import { ChartFigure } from './ChartFigure'
import { HorizontalBars, type Bar } from './HorizontalBars'
import { ShareTable } from './ShareTable'

/** A breakdown of the range's genuine enquiries by one value, as bars and as a table with each value's share. */
export function BreakdownSection({
  id,
  title,
  description,
  bars,
  total,
}: {
  id: string
  title: string
  description: string
  bars: Bar[]
  total: number
}) {
  return (
    <ChartFigure
      id={`insights-${id}`}
      title={title}
      description={description}
      chart={<HorizontalBars id={`insights-${id}`} bars={bars} />}
      table={
        <ShareTable
          name={id}
          columns={[title.replace(/^By /, '').replace(/^./, (c) => c.toUpperCase()), 'Enquiries', 'Share']}
          rows={bars}
          total={total}
        />
      }
    />
  )
}
