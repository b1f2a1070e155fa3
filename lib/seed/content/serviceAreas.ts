import type { Seed } from './types'

/** 001 / SCOPE: the six service areas, in page order. */
export const serviceAreas: Seed<'service-areas'>[] = [
  {
    number: '01',
    code: 'SERVE',
    title: 'Model serving infrastructure',
    body: 'vLLM, Triton, BentoML on Kubernetes with KEDA autoscaling. p95 latency under a stated budget, not a vibes-check. The mlops consulting work here is picking the stack that matches the model family — vLLM for LLMs, Triton for mixed, FastAPI for boosters.',
    tools: ['vLLM', 'Triton', 'KEDA'],
  },
  {
    number: '02',
    code: 'FEATURES',
    title: 'Feature store implementation',
    body: 'Feast for the 90% case, Tecton when freshness contracts get exotic, Hopsworks when point-in-time correctness has to be baked in. Online/offline alignment is where most feature store implementation engagements live — training and serving features have to come from the same source of truth or the model degrades in week three.',
    tools: ['Feast', 'Tecton', 'PIT'],
  },
  {
    number: '03',
    code: 'REGISTRY',
    title: 'Model registry + lineage',
    body: "MLflow for the registry, DVC for lineage, signed model cards in Git. The rollback contract is one command, not a 40-minute incident postmortem. We've watched too many teams ship a model with no clean way back — the registry isn't optional, it's the seatbelt.",
    tools: ['MLflow', 'DVC', 'Model cards'],
  },
  {
    number: '04',
    code: 'CT',
    title: 'Continuous training pipelines',
    body: 'Kubeflow Pipelines for K8s-native teams, Vertex AI Pipelines on GCP, SageMaker Pipelines on AWS. CI/CT/CD4ML — code, data, models all version-pinned. Triggered retraining on drift breach, not nightly cron jobs that retrain on noise.',
    tools: ['Kubeflow', 'Vertex', 'CD4ML'],
  },
  {
    number: '05',
    code: 'LLMOPS',
    title: 'LLMOps & observability',
    body: "Langfuse or Helicone for token-cost telemetry, prompt versioning, completion logging. Phoenix Arize or LLM-as-judge for hallucination scoring. Most teams don't realise their LLM bill is half avoidable cache misses until they instrument it — month one usually pays for the rest of the engagement.",
    tools: ['Langfuse', 'Helicone', 'Phoenix'],
  },
  {
    number: '06',
    code: 'DRIFT',
    title: 'Drift detection + alerting',
    body: 'Evidently AI on input distributions, prediction distributions, and ground-truth concept drift when labels arrive. Alerts route to PagerDuty with a named owner — not a Slack channel that gets muted on day four. Drift detection is engineered in, not bolted on after a quarterly review notices the model is six points down.',
    tools: ['Evidently', 'PSI', 'PagerDuty'],
  },
]
