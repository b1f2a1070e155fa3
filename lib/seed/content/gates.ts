import type { Seed } from './types'

/** 005 / CD4ML: the four eval gates, in order. */
export const gates: Seed<'gates'>[] = [
  {
    number: '01',
    title: 'Data validation',
    body: 'Every batch entering the training pipeline runs through Great Expectations or Soda Core checks — schema, null fractions, range, distribution sanity. Validation failures halt the pipeline before a single GPU minute burns. Dataset version pinned via DVC; the model artefact will know exactly which slice trained it.',
  },
  {
    number: '02',
    title: 'Retraining trigger',
    body: 'Either the drift detector (Evidently AI PSI breach over a per-feature threshold) or the schedule (whichever fires first) kicks the Kubeflow or Vertex AI Pipeline. Trigger condition logged with the run; you can read why any retrain happened six months later in MLflow.',
  },
  {
    number: '03',
    title: 'Shadow evaluation',
    body: "The candidate model runs alongside the champion against the frozen held-out set and a sampled production stream. Eval gates: held-out metric beats champion by the agreed margin, calibration error stable, slice-fairness across the protected dimensions doesn't regress. No gate, no promotion.",
  },
  {
    number: '04',
    title: 'Automated promotion',
    body: 'Blue/green traffic split — 10%, 50%, 100% — with a rollback gate at each step keyed to production metric guardrails. If the live precision-recall slips during the 10% phase, traffic reverts to the champion in under five minutes. The runbook names who gets paged and what they do.',
  },
]
