import type { Seed } from './types'

/** 008 / SHAPES: the three typical engagement shapes. */
export const shapes: Seed<'shapes'>[] = [
  {
    kicker: 'CT PIPELINE',
    segment: 'ML platform team · catalog ranking or recommender',
    title: 'Drift-triggered CT pipeline build-out',
    body: 'A Kubeflow or Vertex AI Pipelines flow that retrains on PSI breach, validates with Great Expectations, runs shadow eval against the champion, and promotes through a blue/green gate. Feast online + offline store ships alongside. Typical shape: the team moves from nightly batch retrain to drift-triggered inside the build window, and the rollback contract becomes one command instead of a 30-minute incident.',
    outcome: 'CT pipeline live',
  },
  {
    kicker: 'DRIFT WATCH',
    segment: 'Fintech or risk modelling team',
    title: 'Drift detection rollout across a model portfolio',
    body: "Evidently AI monitors per model — data drift, prediction drift, concept drift on lag-arriving labels. PagerDuty routing with a named owner per model. Retrospective ground-truth eval cadence calibrated to label arrival. Typical shape: the silent-degradation gap that used to surface at quarterly review closes inside SLA, and the regulator's audit memo stops being a manual exercise.",
    outcome: 'Monitors live + paged',
  },
  {
    kicker: 'LLMOPS',
    segment: 'SaaS product · LLM features in production',
    title: 'LLMOps stand-up for an existing GenAI feature',
    body: 'Langfuse self-hosted for tracing, prompt versioning, evaluator runs. Helicone proxy in front of the provider for cost telemetry, per-tenant caps, and failover. LLM-as-judge nightly eval against a gold prompt set. Typical shape: prompt-version regressions stop reaching production silently, and per-tenant cost ceilings live as code rather than a quarterly Slack scramble.',
    outcome: 'LLMOps live + cost-capped',
  },
]
