import type { Seed } from './types'

/** 002 / STACK: one row of the tool matrix per layer, in page order. */
export const stackRows: Seed<'stack-rows'>[] = [
  {
    layer: 'Model serving stack',
    why: 'vLLM for any LLM above ~50 req/s — PagedAttention plus continuous batching halves GPU spend versus naive HuggingFace TGI. Triton when one cluster serves vision, tabular, and LLM together. BentoML wraps both for Python-first deploy.',
    pickWhen:
      'Latency budget with a stated p95; mixed model families on shared GPUs; team can run a serving stack 24/7.',
    skipWhen:
      "Single low-volume model where FastAPI behind a load balancer is the right shape and Triton's operational tax doesn't pay back.",
    ourDefault:
      'vLLM on Kubernetes with KEDA scaling on queue depth. Most mlops services engagements start by replacing a fragile Flask wrapper with this stack.',
    tools: ['vLLM', 'Triton', 'BentoML', 'KEDA'],
  },
  {
    layer: 'Feature store layer',
    why: "Feast handles the 90% case at 10% of Tecton's operational cost — Feast plus Redis online plus BigQuery or Snowflake offline is the most common shape we ship. Tecton is overkill for teams under 50 features in production. Hopsworks when point-in-time correctness has to be audited.",
    pickWhen:
      'Two or more models share features; training-serving skew has bitten the team at least once; data scientists keep rebuilding the same features in Jupyter.',
    skipWhen:
      "Single model with five features in one SQL view — the store adds operational surface that doesn't pay for itself yet.",
    ourDefault:
      'Feast first, Tecton only when feature freshness goes below 60 seconds. Most feature store implementation engagements land at Feast plus Redis plus a thin schema-registry.',
    tools: ['Feast', 'Tecton', 'Hopsworks', 'Redis'],
  },
  {
    layer: 'Registry + lineage',
    why: 'MLflow is the boring right answer — every cloud has a managed flavour, the OSS runs on a single VM, registry plus experiment tracker plus artifact store from one library. DVC adds data lineage: artefact knows its dataset version, dataset knows its raw extract.',
    pickWhen:
      'More than two engineers on the team; any production model where rollback matters; any regulated workload where lineage has to be auditable.',
    skipWhen:
      "Single-engineer shop where a Git tag plus a Postgres row is the registry — sometimes that's enough for the first six months.",
    ourDefault:
      'MLflow plus DVC plus signed model cards in Git. Every artefact carries eval scores, training data hash, and the engineer who promoted it.',
    tools: ['MLflow', 'DVC', 'Model cards'],
  },
  {
    layer: 'CT pipeline orchestrator',
    why: 'Kubeflow Pipelines for K8s-native teams that want vendor portability. Vertex AI Pipelines on GCP and SageMaker Pipelines on AWS when skipping cluster ops dwarfs the lock-in. Airflow when the data team already runs it and ML-versus-data orchestration is blurry.',
    pickWhen:
      'Kubeflow when ML platform is its own product surface; Vertex or SageMaker when ML is one workload among many and platform engineers are scarce.',
    skipWhen:
      'Nightly batch retraining on a single tabular model — a cron job plus MLflow runs is honest and ships in a week.',
    ourDefault:
      'Vertex AI or SageMaker Pipelines for the first ML platform; Kubeflow when the team grows past three engineers and the lock-in starts hurting.',
    tools: ['Kubeflow', 'Vertex AI Pipelines', 'SageMaker'],
  },
  {
    layer: 'LLMOps observability',
    why: 'Langfuse covers tracing, prompt versioning, evaluator runs, and dataset management in one OSS surface — the closest thing to a default. Helicone is cleaner when the team just wants a proxy in front of OpenAI or Anthropic with cost telemetry. Phoenix Arize for hallucination scoring and embedding drift.',
    pickWhen:
      'Any LLM in production; any team with a per-token bill growing month-on-month; any product where prompt regression has caused an incident.',
    skipWhen:
      'Single internal chat assistant under a hundred requests a day — instrumentation overhead outpaces the spend.',
    ourDefault:
      "Langfuse self-hosted alongside the app, Helicone proxy in front of the provider for failover and per-tenant caps. The stack pays for itself before week four in most engagements we've audited.",
    tools: ['Langfuse', 'Helicone', 'Phoenix Arize'],
  },
  {
    layer: 'Drift + monitoring',
    why: 'Evidently AI is the OSS workhorse — PSI, KL divergence, Wasserstein on inputs, plus prediction drift and ground-truth concept drift when labels arrive. NannyML when the team needs estimated performance without labels. WhyLabs or Arize as managed alternatives.',
    pickWhen:
      'Any model in production longer than 60 days; any model whose inputs shift faster than retraining cadence; any regulated workload where missed degradation is a compliance event.',
    skipWhen:
      'Static-input batch model retrained nightly on a sliding window — the retrain pace effectively monitors itself.',
    ourDefault:
      'Evidently AI wired to PagerDuty via a thin Python alert router. PSI 0.15 inspect, 0.25 retrain trigger — adjusted per-feature after the first month of baseline.',
    tools: ['Evidently', 'NannyML', 'PSI'],
  },
]
