import { Tags } from '../ui/Tags'

/** What a pattern card shows: plain data, so the page carries it once (as PatternTabs' props). */
export type PatternData = {
  id: string
  number: string
  title: string
  summary: string
  pickWhen: string[]
  skipWhen: string[]
  stack: string[]
}

export type PatternLabels = { pickWhen: string; skipWhen: string; stack: string }

/** "Pick when" (ticks) or "Skip when" (crosses). */
function TriggerList({ kind, title, items }: { kind: 'pick' | 'skip'; title: string; items: string[] }) {
  return (
    <div>
      <h4 className={`pattern__list-title pattern__list-title--${kind}`}>{title}</h4>
      <ul className={kind === 'pick' ? 'ticks' : 'crosses'}>
        {items.map((text, i) => (
          <li key={i}>{text}</li>
        ))}
      </ul>
    </div>
  )
}

export function PatternCard({ pattern, labels }: { pattern: PatternData; labels: PatternLabels }) {
  return (
    <>
      <p className="pattern__number">{pattern.number}</p>
      <h3 className="pattern__title">{pattern.title}</h3>
      <p className="pattern__summary">{pattern.summary}</p>
      <div className="pattern__lists">
        <TriggerList kind="pick" title={labels.pickWhen} items={pattern.pickWhen} />
        <TriggerList kind="skip" title={labels.skipWhen} items={pattern.skipWhen} />
      </div>
      <h4 className="pattern__list-title">{labels.stack}</h4>
      <Tags items={pattern.stack} />
    </>
  )
}
