import type { DriftCalculator, DriftThreshold, MonitoringSignal, SectionIntro } from '@/payload-types'

import { Section } from '../ui/Section'
import { DriftCheck } from './DriftCheck'

type Props = {
  copy: SectionIntro['monitor']
  signals: MonitoringSignal
  thresholds: DriftThreshold[]
  calculator: DriftCalculator
}

/** 006: the four drift signals, the threshold reference table and the drift calculator. */
export function Monitor({ copy, signals, thresholds, calculator }: Props) {
  const { table } = copy
  return (
    <Section id="monitor" copy={copy}>
      <ol className="signals">
        {signals.signals.map((signal) => (
          <li key={signal.id ?? signal.number} className="signal">
            <p className="signal__number">{signal.number}</p>
            <h3 className="signal__name">{signal.name}</h3>
            <p className="signal__healthy">{signal.healthy}</p>
            <p>{signal.detection}</p>
            <p className="signal__action">{signal.action}</p>
          </li>
        ))}
      </ol>

      <div className="thresholds">
        <h3 id="thresholds-title">{table.title}</h3>
        <p>{table.intro}</p>
        <div className="table-wrap" role="region" aria-labelledby="thresholds-title" tabIndex={0}>
          <table className="table table--thresholds">
            <caption className="visually-hidden">{table.title}</caption>
            <thead>
              <tr>
                <th scope="col">{table.signal}</th>
                <th scope="col">{table.tool}</th>
                <th scope="col">{table.inspect}</th>
                <th scope="col">{table.retrain}</th>
                <th scope="col">{table.pause}</th>
              </tr>
            </thead>
            <tbody>
              {thresholds.map((row) => (
                <tr key={row.id}>
                  <th scope="row">{row.signal}</th>
                  <td>{row.tool}</td>
                  <td className="level level--inspect">{row.inspect.label}</td>
                  <td className="level level--retrain">{row.retrain.label}</td>
                  <td className="level level--pause">{row.pause.label}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p className="note">{table.footnote}</p>
      </div>

      <DriftCheck copy={calculator} />
    </Section>
  )
}
