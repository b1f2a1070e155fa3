import type { Seed } from './types'

/** 003 / PATTERNS: the continuous training patterns. 01 is the brief’s; 02 and 03 are written in its voice. */
export const patterns: Seed<'patterns'>[] = [
  {
    number: '01',
    title: 'Scheduled batch CT',
    summary:
      'The simplest CT pattern. A Kubeflow or Vertex AI Pipeline fires on a schedule, pulls the last N days of labelled data, validates with Great Expectations, retrains, evaluates against a frozen held-out set, and promotes if eval passes. DVC pins the dataset version. MLflow logs lineage on every run. The right starting shape for any team without drift instrumentation in place — schedule first, drift-triggered later. Most ml platform engineering engagements start here in week three.',
    pickWhen: [
      { text: 'Stable-input workload where drift creeps slowly' },
      { text: 'ground-truth labels arrive on a known cadence' },
      { text: 'team is new to MLOps and needs a working CT loop before they instrument drift' },
      { text: 'tabular boosters or recommendation models on a daily feedback loop' },
    ],
    skipWhen: [
      { text: 'Fast-shifting input distribution (fraud, ads bidding)' },
      { text: 'LLM workloads where prompt drift and eval drift outpace any retraining schedule' },
      { text: 'environments where retraining cost is a meaningful slice of the inference bill' },
    ],
    stack: ['Kubeflow Pipelines', 'Vertex AI Pipelines', 'Great Expectations', 'MLflow', 'DVC'],
  },
  {
    number: '02',
    title: 'Drift-triggered CT',
    summary:
      'The schedule gives way to a signal. Evidently AI computes PSI per input feature on a rolling window against the training distribution; a breach of the retrain threshold kicks the same Kubeflow or Vertex AI Pipeline, with the schedule kept on as a backstop — whichever fires first. The trigger cause is logged with the run in MLflow, the candidate runs in shadow against the champion, and promotion goes through the blue/green gate. Thresholds start at 0.15 inspect and 0.25 retrain, then calibrate per feature after the first month of baseline data. The usual next tier once a scheduled pipeline retrains on noise more often than on real drift.',
    pickWhen: [
      { text: 'Drift instrumentation in place with at least a month of baseline data' },
      { text: 'inputs shift on an uneven cadence that a fixed schedule either lags or retrains on noise' },
      { text: 'ground-truth labels arrive late, so input drift is the earliest usable signal' },
      { text: 'retraining cost is high enough that every run has to be earned by a breach' },
    ],
    skipWhen: [
      { text: 'No drift instrumentation or baseline yet — run scheduled batch CT while it gets built' },
      { text: 'fraud or ads bidding, where inputs move inside the hours a batch pipeline run takes' },
      {
        text: 'LLM workloads, where the trigger is eval regression on the gold prompt set and the fix is a prompt or model rollback, not a retrain',
      },
    ],
    stack: ['Evidently AI', 'Kubeflow Pipelines', 'Vertex AI Pipelines', 'MLflow', 'PagerDuty'],
  },
  {
    number: '03',
    title: 'Streaming CT',
    summary:
      'For inputs that move inside a day. Features are computed on the event stream and served from an online store with a freshness contract under 60 seconds — the point where Feast gives way to Tecton. Labelled events feed short-window retrains as they land, and drift is checked continuously against the current champion, not a months-old training set. Shadow eval still gates every promotion, and the blue/green rollback contract matters more here: a bad update reaches traffic in minutes, not days. The most expensive CT shape to run — most teams that ask for it need drift-triggered CT first.',
    pickWhen: [
      { text: 'Fast-shifting input distribution (fraud, ads bidding)' },
      { text: 'feature freshness contracts below 60 seconds' },
      { text: 'labels or feedback arrive as events within hours, not on a weekly batch' },
      { text: 'drift-triggered CT already live and still breaching between runs' },
    ],
    skipWhen: [
      {
        text: 'Stable-input workloads where scheduled or drift-triggered CT already holds the held-out metric',
      },
      { text: 'labels that arrive weeks late — the stream has nothing to learn from until they land' },
      { text: 'teams without the platform engineers to run a stream and its on-call rota 24/7' },
    ],
    stack: ['Kafka', 'Tecton', 'Kubeflow Pipelines', 'Evidently AI', 'MLflow'],
  },
]
