import { leadFormCopy } from './leadForm'
import type { GlobalSeed } from './types'

/** The top of the page. */
export const hero: GlobalSeed<'hero'> = {
  eyebrow: 'P12 · Services',
  title: 'MLOps consulting for teams shipping classical ML and LLMs to production.',
  lede: 'An mlops consultant practice that builds feature stores, serving infrastructure, continuous training pipelines, drift detection, and LLMOps observability. MLOps services for the gap between a model that scores well in evaluation and one that holds up at month six.',
  facts: [
    { label: 'Practice', value: 'MLOps · LLMOps · Model ops' },
    { label: 'Stack', value: 'Kubeflow · Vertex · Feast · Evidently' },
    { label: 'Eval', value: 'PSI · KL · Wasserstein · LLM judge' },
    { label: 'Engage', value: 'Audit · Build · Operate' },
  ],
  primaryCta: { label: 'Start a project', href: '#start' },
  secondaryCta: { label: 'See the six service areas', href: '#scope' },
}

/** Heading, introduction, closing note and labels of each numbered section. */
export const sectionIntros: GlobalSeed<'section-intros'> = {
  scope: {
    number: '001',
    kicker: 'SCOPE',
    navLabel: 'Scope',
    title: 'What MLOps consulting actually covers — six service areas.',
    intro:
      "MLOps consulting is the ops practice around models the team has already built. We don't write the model — that's the machine learning development sibling. We make the model survive production: feature stores, serving infra, continuous training, drift detection, registry, and LLMOps when the workload is generative. The first call is usually about which two of the six gaps below hurt most.",
    outro:
      'Most mlops services engagements start with two of these six and grow from there. The audit phase in section seven picks the order.',
  },
  stack: {
    number: '002',
    kicker: 'STACK',
    navLabel: 'Stack',
    title: 'MLOps services — what we build and operate, tool by tool.',
    intro:
      'Per-service tool picks with the trigger conditions written down. The mlops services we ship are picked from this matrix per engagement — never the whole list at once, and never "all OSS" or "all managed" as a blanket call. Each row carries when we pick it, when we don\'t, and the Paiteq default.',
    labels: {
      why: 'Why',
      pickWhen: 'Pick when',
      skipWhen: 'Skip when',
      ourDefault: 'Our default',
      tools: 'Tools',
    },
  },
  patterns: {
    number: '003',
    kicker: 'PATTERNS',
    navLabel: 'Patterns',
    title: 'ML platform engineering — three continuous training patterns.',
    intro:
      'CD4ML — continuous delivery for machine learning — comes in three flavours in 2026: scheduled batch, drift-triggered, and streaming. Roughly half the ml platform engineering engagements we audit need to move from one tier to the next, not jump straight to the most expensive shape. The pattern carousel below names what each one wins and where it breaks.',
    labels: {
      pickWhen: 'Pick when',
      skipWhen: 'Skip when',
      stack: 'Stack',
      tablist: 'Continuous training patterns',
    },
  },
  llmops: {
    number: '004',
    kicker: 'LLMOPS',
    navLabel: 'LLMOps',
    title: 'LLMOps — what changes when the model is a frontier LLM.',
    intro:
      "Classical MLOps was built around drift on tabular features and a once-a-week retraining cadence. LLMOps inverts every assumption. The drift signal is an evaluator score, not a distribution distance. The cost lever isn't retraining frequency, it's model routing and semantic cache. The promotion gate isn't a held-out metric, it's a judge-graded eval suite. We handle both in the same engagement — but the runbooks, the dashboards, and the failure modes are different practices.",
    outro:
      'The LLMOps section is the differentiation gap most mlops consulting providers leave open — classical MLOps content is everywhere, LLMOps-specific runbooks are not. If your stack is LLM-heavy, this is the conversation worth starting with.',
  },
  cd4ml: {
    number: '005',
    kicker: 'CD4ML',
    navLabel: 'CD4ML',
    title: 'Continuous training pipelines — four eval-gated phases.',
    intro:
      "CD4ML is a named practice, not a vibe. Every retrain that reaches production passes four gates in order — data validation, retrain trigger logged with cause, shadow eval against the champion, automated promotion with a blue/green rollback contract. Skip a gate and you're back to manual retraining with a postmortem at the end. We won't ship a pipeline that doesn't carry all four.",
    labels: { gate: 'GATE' },
    outro:
      'Gate four is the one teams under-invest in. The promotion contract has to roll back inside the SLA — we test that monthly on a calendar invite, not as a tabletop exercise.',
  },
  monitor: {
    number: '006',
    kicker: 'MONITOR',
    navLabel: 'Monitoring',
    title: 'ML model monitoring — four drift signals on every production model.',
    intro:
      "ML model monitoring isn't a single metric; it's four signals layered on the same model, each with its own detection lag and its own decisiveness. Data drift moves first, prediction drift moves next, concept drift confirms the call, and for LLM workloads the evaluator score moves fastest of all. We instrument all four because no single one is sufficient — and the threshold table below is the default calibration before the first month of baseline data adjusts it.",
    table: {
      title: 'Drift threshold reference — defaults we ship with.',
      intro:
        'Per-feature thresholds calibrate after the first month on real history. The defaults below are the starting points for a model with a clean baseline and no exotic seasonality. Where they break, the audit memo names the per-feature adjustment in writing.',
      signal: 'Signal',
      tool: 'Tool',
      inspect: 'Inspect at',
      retrain: 'Retrain at',
      pause: 'Pause at',
      footnote: 'Defaults · adjust per-feature after one month of baseline data',
    },
  },
  engagement: {
    number: '007',
    kicker: 'ENGAGEMENT',
    navLabel: 'Engagement',
    title: 'How an mlops consultant engagement actually runs.',
    intro:
      "Four phases, twelve weeks for a typical end-to-end engagement, fixed-scope per phase. The audit ships an opinionated memo before the build starts; the build phase ships a working CT pipeline; the monitoring integration overlaps the back half of the build so the dashboards are live before the team gets handed the on-call rota. We don't sell open-ended retainers in the build phase — operate-the-platform contracts come later if the client wants them.",
    labels: {
      timeline: 'MLOps engagement · 12 weeks',
      phases: '4 phases',
      week: 'WEEK',
      exit: 'Exit criterion',
    },
    outro:
      "An AI readiness and infrastructure audit is often the right starting shape if the team isn't sure yet whether MLOps is the gap — we'll route there if the audit memo says so.",
  },
  shapes: {
    number: '008',
    kicker: 'SHAPES',
    navLabel: 'Shapes',
    title: 'Typical engagement shapes — three patterns we see most.',
    intro:
      "Three engagement archetypes by deliverable and segment. Outcome framing is qualitative — we don't carry borrowed metrics from other practices, and the mlops consultant work in this practice ships fresh per engagement.",
    outro:
      "Outcomes are framed as deliverable and shape because Paiteq's MLOps practice ships per engagement, not against a borrowed-stat library. The audit phase is where the specific success criteria get named in writing.",
  },
  decide: {
    number: '009',
    kicker: 'DECIDE',
    navLabel: 'Build or buy',
    title: 'MLOps versus managed ML platforms — when to build, when to use Vertex AI.',
    intro:
      'The single most expensive misframing in this category is teams building a Kubeflow platform when Vertex AI Pipelines plus a Paiteq advisory retainer would have shipped in a quarter of the time. The inverse exists too — teams stuck on a managed platform when feature freshness contracts have outgrown what the managed service can deliver. The decision tree below is the screen we run on every inbound. Cross-link: our model development and training practice covers the model build itself.',
    labels: {
      treeTitle: 'Three questions. Three to four terminal recommendations.',
      question: 'Question',
      pickOne: 'Pick one',
      back: 'Back',
      restart: 'Start again',
      outcome: 'Recommendation',
    },
  },
  why: {
    number: '010',
    kicker: 'WHY PAITEQ',
    navLabel: 'Why us',
    title: 'Why teams pick our mlops consulting services — three honest reasons.',
    intro: 'Three reasons, each one something you can check in writing before the build starts.',
  },
  faq: {
    number: '011',
    kicker: 'FAQ',
    navLabel: 'FAQ',
    title: 'What buyers ask before signing an MLOps engagement.',
    labels: {
      link: 'Link to this question',
      copy: 'Copy link',
      copied: 'Link copied',
    },
  },
}

/** 004 / LLMOPS: the classical-versus-LLMOps table. */
export const llmopsComparison: GlobalSeed<'llmops-comparison'> = {
  dimensionHeading: 'Dimension',
  classicalHeading: 'Classical MLOps',
  llmopsHeading: 'LLMOps',
  caption: 'How classical MLOps and LLMOps differ',
  rows: [
    {
      dimension: 'Cost lever',
      classical: 'Retraining frequency, GPU vs CPU serving, batch vs online inference',
      llmops:
        'Model routing (Sonnet vs Opus vs Haiku), semantic cache hit rate, prompt-length budgeting, batch API for non-urgent',
    },
    {
      dimension: 'Retrain trigger',
      classical: 'Drift threshold breach OR scheduled cadence; days-to-detect varies by label availability',
      llmops: 'Eval regression on the gold prompt set; same-day detection if the evaluator runs nightly',
    },
  ],
  footnote:
    'Most teams in 2026 run both side by side — a recommender on classical MLOps, a chat assistant on LLMOps, both observed in one dashboard. The two stacks share registry and CI surface, diverge everywhere downstream of that.',
}

/** 006 / MONITOR: the four drift signals. */
export const monitoringSignals: GlobalSeed<'monitoring-signals'> = {
  signals: [
    {
      number: '01',
      name: 'Data drift',
      healthy: 'PSI < 0.15',
      detection:
        'Evidently AI computes Population Stability Index per input feature on a 7-day rolling window vs training distribution; KL divergence as a cross-check on continuous features.',
      action:
        'PSI > 0.25 fires retrain trigger; > 0.4 pauses automated decisioning if the use case requires it.',
    },
    {
      number: '02',
      name: 'Prediction drift',
      healthy: 'Distribution stable',
      detection:
        "Wasserstein distance on the model's output distribution on a 24-hour rolling window. Catches degradation before ground-truth precision/recall arrives — usually weeks before the labels confirm it.",
      action: 'Distribution shift > agreed band routes to on-call and flags the champion for manual review.',
    },
    {
      number: '03',
      name: 'Concept drift',
      healthy: 'Held-out metric stable',
      detection:
        'Ground-truth labels collected on a sampled production stream; retrospective eval against the original held-out metric on a 30-day window. The slowest signal but the most decisive one — concept drift means the world changed, not just the inputs.',
      action: 'Held-out metric below threshold triggers an audit memo and a retrain decision in writing.',
    },
    {
      number: '04',
      name: 'LLM eval drift',
      healthy: 'Judge score within band',
      detection:
        'Langfuse evaluator runs every night on a sampled batch of production completions, graded by an LLM-as-judge against the gold prompt set. Hallucination scoring, instruction-following, guardrail hit rate all tracked per prompt version.',
      action:
        'Eval score below the band rolls back to the previous prompt or model version; same-day detection cadence.',
    },
  ],
}

/** 009 / DECIDE: build a Kubeflow platform or use managed pipelines. Written for the page; the brief has only the heading. */
export const decideTree: GlobalSeed<'decide-tree'> = {
  questions: [
    {
      key: 'q-workload',
      prompt: 'What does most of your production ML look like?',
      help: "Count what's live or shipping this quarter, not the roadmap.",
      options: [
        { label: 'LLM features — prompts, completions, a per-token bill', next: 'llmops-first' },
        { label: 'Classical models — tabular, ranking, recommenders', next: 'q-freshness' },
        { label: 'Both, side by side', next: 'q-freshness' },
      ],
    },
    {
      key: 'q-freshness',
      prompt: 'How fresh do features have to be at serving time?',
      help: 'The contract on the most demanding feature, not the average one.',
      options: [
        { label: 'Under 60 seconds', next: 'freshness-first' },
        { label: 'Minutes or more — an hourly or daily batch is fine', next: 'q-platform' },
      ],
    },
    {
      key: 'q-platform',
      prompt: 'Is the ML platform its own product, with the engineers to run it?',
      help: 'Kubeflow pays back when the platform has owners. Until then, skipping cluster ops dwarfs the lock-in.',
      options: [
        {
          label: 'Yes — its own product surface, more than three engineers on it',
          next: 'kubeflow-build',
        },
        {
          label: 'No — ML is one workload among many, or platform engineers are scarce',
          next: 'managed-first',
        },
      ],
    },
  ],
  outcomes: [
    {
      key: 'managed-first',
      title: 'Vertex AI or SageMaker Pipelines, plus an advisory retainer',
      body: 'Skip the cluster ops. We build on Vertex AI Pipelines on GCP or SageMaker Pipelines on AWS, with Feast, MLflow and Evidently AI around it, then stay on as advisors. Kubeflow comes back on the table when the team grows past three engineers and the lock-in starts hurting.',
      ctaLabel: 'Start a project with this',
    },
    {
      key: 'kubeflow-build',
      title: 'Build the platform on Kubeflow Pipelines',
      body: 'ML is its own product surface and there are engineers to run it, so vendor portability is worth the cluster ops. Kubeflow Pipelines on EKS, GKE or AKS, Feast for features, MLflow and DVC for registry and lineage. The audit memo sets the build order; the first end-to-end pipeline lands inside the platform-build window.',
      ctaLabel: 'Start a project with this',
    },
    {
      key: 'freshness-first',
      title: 'Feature freshness first — Tecton on the hot path',
      body: 'Sub-60-second freshness is where Feast and the managed pipelines stop keeping up. Tecton carries the features under the freshness contract, Feast keeps the rest, and streaming CT follows once the fresh path holds. The orchestrator — managed or Kubeflow — gets picked in the audit, from who will run it.',
      ctaLabel: 'Start a project with this',
    },
    {
      key: 'llmops-first',
      title: 'LLMOps first, platform later',
      body: 'With an LLM-heavy stack the gap is observability and eval, not a training platform. Langfuse for tracing, prompt versioning and nightly evaluator runs against a gold prompt set; Helicone in front of the provider for cost telemetry, per-tenant caps and failover. The platform-build question waits until a classical model needs it.',
      ctaLabel: 'Start a project with this',
    },
  ],
}

/** 010 / WHY PAITEQ: written for the page from what the brief claims elsewhere. */
export const whyUs: GlobalSeed<'why-us'> = {
  reasons: [
    {
      title: 'Tool picks with the trigger conditions written down',
      body: 'Every layer of the stack comes with when we pick a tool, when we skip it, and the default we ship — never "all OSS" or "all managed" as a blanket call. The audit memo names the picks for your stack in writing, so the reasoning outlives the engagement.',
    },
    {
      title: 'Fixed-scope phases, each with an exit criterion',
      body: 'Audit, platform build, monitoring integration and handoff are scoped and quoted per phase, and each ends on an exit criterion agreed before it starts. No open-ended retainer in the build phase; operating the platform afterwards is a separate contract, if you want one.',
    },
    {
      title: 'Classical MLOps and LLMOps, handed over ready to run',
      body: 'Drift on tabular features and eval regression on a gold prompt set get instrumented in the same engagement, on a shared registry and CI. Handoff means runbooks, a named on-call owner and a rollback contract tested monthly — we step off the rota once your team runs a retrain unsupervised.',
    },
  ],
}

/** 013 / Start a project. */
export const closingCta: GlobalSeed<'closing-cta'> = {
  number: '013',
  kicker: 'Start a project',
  title: 'Ship an MLOps platform in twelve weeks.',
  body: 'Audit in 2 weeks. Platform build in 6-10. Monitoring integration overlaps. Handoff with runbooks.',
  cta: { label: 'Start a project', href: 'mailto:hello@paiteq.example' },
  form: leadFormCopy,
}

/** The site header. */
export const header: GlobalSeed<'header'> = {
  navLabel: 'Sections',
  links: [
    { label: 'Scope', href: '#scope' },
    { label: 'Stack', href: '#stack' },
    { label: 'Patterns', href: '#patterns' },
    { label: 'LLMOps', href: '#llmops' },
    { label: 'Monitoring', href: '#monitor' },
    { label: 'Engagement', href: '#engagement' },
    { label: 'FAQ', href: '#faq' },
  ],
  cta: { label: 'Start a project', href: '#start' },
}

/** The site footer. */
export const footer: GlobalSeed<'footer'> = {
  tagline:
    'MLOps services for the gap between a model that scores well in evaluation and one that holds up at month six.',
  navLabel: 'Footer',
  links: [
    { label: 'Service areas', href: '#scope' },
    { label: 'Stack', href: '#stack' },
    { label: 'Engagement', href: '#engagement' },
    { label: 'FAQ', href: '#faq' },
  ],
  contactLabel: 'Write to us',
  legal: '© 2026 Paiteq. All rights reserved.',
}

/** Site-wide settings. */
export const siteSettings: GlobalSeed<'site-settings'> = {
  siteName: 'Paiteq',
  contactEmail: 'hello@paiteq.example',
  meta: {
    title: 'MLOps & LLMOps consulting · Paiteq',
    description:
      'MLOps and LLMOps consulting: feature stores, serving infrastructure, continuous training, drift detection and LLMOps observability for models in production.',
  },
  skipLinkLabel: 'Skip to content',
  preview: {
    notice: 'Draft preview: this page shows unpublished changes only you can see.',
    exitLabel: 'Leave preview',
  },
}
