import type { Seed } from './types'

/** 011 / FAQ: the questions buyers ask. The anchor is filled from the question by a hook. */
export const faqs: Seed<'faqs'>[] = [
  {
    question: "What's the difference between MLOps and LLMOps, and do you handle both?",
    answer:
      "Same operational job, different failure modes. Classical MLOps consulting work is mostly about feature freshness, training-serving skew, and distribution drift on tabular features — the model degrades slowly and the drift signal is a PSI or KL divergence. LLMOps is about prompt-version regression, hallucination rate, guardrail hit rate, and eval drift on judge-graded outputs — the model degrades fast and the signal is an evaluator score, not a distribution distance. We handle both in the same engagement when the team's running a hybrid stack, which is most of them in 2026. Cross-link: LLM application development covers the build side; this practice covers the ops side after the build ships.",
  },
  {
    question: 'How long does it take to set up a CI/CT pipeline for an existing ML model?',
    answer:
      "For a model with a clean training script and a held-out eval set, the first end-to-end CT pipeline lands inside the platform-build window — usually weeks two through eight. The audit phase comes first to read the existing stack, name the highest-leverage gaps, and pick the orchestrator (Kubeflow, Vertex AI Pipelines, or SageMaker Pipelines). Drift instrumentation lands in weeks six through ten so the trigger condition is calibrated on real history, not a guessed threshold. We don't ship a pipeline that retrains on noise — the false-positive rate gets calibrated before the trigger goes live.",
  },
  {
    question: 'Can you work with our existing cloud — AWS SageMaker, GCP Vertex AI, or Azure ML?',
    answer:
      "Yes. We start by reading what's there, not by replacing it. Vertex AI Pipelines plus Feast plus Evidently AI on GCP; SageMaker Pipelines plus Feast plus Evidently AI on AWS; Azure ML plus MLflow plus Evidently AI on Azure. Kubeflow on top of EKS, GKE, or AKS when the team wants vendor portability and has the platform engineers to run it. We've seen too many engagements derailed by a premature lift-and-shift — fix the gaps in the current stack first, then have the portability conversation in year two with real production data behind it.",
  },
  {
    question: 'How do you detect model drift before it impacts production metrics?',
    answer:
      "Three layers. Input drift via Evidently AI computing PSI and KL divergence per feature on a rolling window — usually catches a shift two to three weeks before precision and recall move. Prediction drift via Wasserstein distance on the model's output distribution — catches degradation before ground-truth labels arrive. Concept drift via retrospective eval on lag-arriving labels — the slowest signal but the most decisive. For LLMs we add a fourth: Langfuse evaluator runs nightly against a gold prompt set, with hallucination rate and guardrail hit rate tracked per prompt version. The thresholds in section six are the defaults we calibrate after the first month.",
  },
  {
    question: 'What does an MLOps engagement cost, and how is it scoped?',
    answer:
      'Scoped per-phase, not per-month-retainer. The audit is two weeks fixed scope; the platform build is six to ten weeks depending on the orchestrator and feature store choice; monitoring integration overlaps the back half of the build; handoff is two weeks of runbook work and on-call shadowing. Pricing is fixed-scope per phase with a quoted total at audit signoff — no open-ended retainer baked in. An operate-the-platform retainer after handoff is a separate contract so the build-phase deliverables stay unambiguous.',
  },
]
