import type { CSSProperties } from 'react'

import type { EngagementPhase, SectionIntro } from '@/payload-types'

import { Section } from '../ui/Section'

/** 007: the phases on a week-by-week timeline; overlaps show as overlapping bars. */
export function Engagement({
  copy,
  phases,
}: {
  copy: SectionIntro['engagement']
  phases: EngagementPhase[]
}) {
  const { labels } = copy
  const lastWeek = Math.max(12, ...phases.map((p) => p.weekEnd))
  return (
    <Section id="engagement" copy={copy}>
      <div className="timeline" style={{ '--weeks': lastWeek } as CSSProperties}>
        <p className="timeline__caption">
          <span>{labels.timeline}</span>
          <span>{labels.phases}</span>
        </p>
        <ol className="timeline__phases">
          {phases.map((phase) => (
            <li
              key={phase.id}
              className="phase"
              style={{ '--start': phase.weekStart, '--end': phase.weekEnd + 1 } as CSSProperties}
            >
              <div className="phase__bar" aria-hidden="true" />
              <p className="phase__weeks">
                {labels.week} {phase.weekStart}-{phase.weekEnd}
              </p>
              <h3 className="phase__title">{phase.title}</h3>
              <p className="phase__deliverables">{phase.deliverables}</p>
              <p className="phase__exit">
                <strong>{labels.exit}:</strong> {phase.exitCriterion}
              </p>
            </li>
          ))}
        </ol>
      </div>
    </Section>
  )
}
