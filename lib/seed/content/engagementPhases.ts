import type { Seed } from './types'

/** 007 / ENGAGEMENT: the four phases of a typical twelve-week engagement. */
export const engagementPhases: Seed<'engagement-phases'>[] = [
  {
    weekStart: 1,
    weekEnd: 2,
    title: 'MLOps audit',
    deliverables: 'Failure-mode catalogue, current-stack read, prioritised gap list with cost estimates',
    exitCriterion: 'Audit memo signed; the three highest-leverage gaps named in writing.',
  },
  {
    weekStart: 2,
    weekEnd: 8,
    title: 'Platform build',
    deliverables: 'Feature store, serving infra, model registry, CI/CT pipeline scaffolding in your repo',
    exitCriterion: 'First end-to-end pipeline run lands a model in registry behind a feature flag.',
  },
  {
    weekStart: 6,
    weekEnd: 10,
    title: 'Monitoring integration',
    deliverables:
      'Evidently AI plus Langfuse plus Helicone wired in; alert thresholds calibrated on real history',
    exitCriterion: 'First drift breach detected in a calibrated false-positive band on production traffic.',
  },
  {
    weekStart: 10,
    weekEnd: 12,
    title: 'Handoff + runbooks',
    deliverables: 'On-call runbooks, retraining playbooks, dashboard tour, named-owner rota',
    exitCriterion: 'Client team runs an end-to-end retrain unsupervised; we step off the on-call rota.',
  },
]
