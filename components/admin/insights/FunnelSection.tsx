import type { Funnel } from '@/lib/insights/funnel'

import { ChartFigure } from './ChartFigure'
import { FunnelChart, type FunnelStage } from './FunnelChart'
import { STATUS_COLOURS } from './palette'
import { ShareTable } from './ShareTable'

/** How far the range's genuine enquiries got along the pipeline. */
export function FunnelSection({ funnel }: { funnel: Funnel }) {
  const id = 'insights-funnel'
  const stages: FunnelStage[] = [
    { key: 'received', label: 'Received', count: funnel.received, colour: STATUS_COLOURS.new },
    { key: 'contacted', label: 'Contacted', count: funnel.contacted, colour: STATUS_COLOURS.contacted },
    { key: 'qualified', label: 'Qualified', count: funnel.qualified, colour: STATUS_COLOURS.qualified },
    { key: 'proposal', label: 'Proposal', count: funnel.proposal, colour: STATUS_COLOURS.proposal },
  ]
  const rows = [
    ...stages,
    { key: 'won', label: 'Won', count: funnel.won },
    { key: 'lost', label: 'Lost', count: funnel.lost },
  ]
  return (
    <ChartFigure
      id={id}
      title="Funnel"
      description="Genuine enquiries received in the range and how far each got: a step counts every lead that reached it or went past it (skipped steps included, a won lead passed them all), from the status now and its history. Won and lost are the status now."
      chart={<FunnelChart id={id} stages={stages} won={funnel.won} lost={funnel.lost} />}
      table={
        <ShareTable
          name="funnel"
          columns={['Step', 'Leads', 'Of received']}
          rows={rows}
          total={funnel.received}
        />
      }
    />
  )
}
