import type { Field } from 'payload'

import { contentGlobal } from '@/lib/payload/contentGlobal'

const text = (name: string, label: string, description?: string): Field => ({
  name,
  label,
  type: 'text',
  required: true,
  admin: description ? { description } : undefined,
})

const group = (name: string, label: string, fields: Field[], description?: string): Field => ({
  name,
  label,
  type: 'group',
  admin: description ? { description } : undefined,
  fields,
})

const placeholders = (names: string) => `Placeholders: ${names}.`

/** 006 / MONITOR: the drift calculator under the threshold table: its copy and its demo pairs. */
export const DriftCalculator = contentGlobal({
  slug: 'drift-calculator',
  label: 'Drift calculator',
  fields: [
    text('title', 'Heading'),
    { name: 'intro', type: 'textarea', required: true },
    text('open', 'Button that opens the calculator'),
    text('noScript', 'Said when JavaScript is off'),
    {
      name: 'method',
      type: 'textarea',
      required: true,
      admin: { description: 'How the figures are computed: bins, log base, direction of KL.' },
    },
    {
      name: 'smoothing',
      type: 'textarea',
      required: true,
      admin: {
        description: 'How empty bins are smoothed (the calculator gives them a proportion of 0.0001).',
      },
    },
    group('labels', 'Labels', [
      text('baseline', 'Baseline sample'),
      text('current', 'Current sample'),
      text('format', 'Format hint under the samples'),
      text('column', 'CSV column field'),
      text('columnHelp', 'CSV column help'),
      text('band', 'Wasserstein band field'),
      text('bandHelp', 'Wasserstein band help'),
      text('demos', 'Demo pairs legend'),
      text('compute', 'Compute button'),
      text('computing', 'Said while computing'),
      text('results', 'Results heading'),
      text('metric', 'Metric column'),
      text('value', 'Value column'),
      text('level', 'Level column'),
      text('counts', 'Sample sizes', placeholders('{kind}, {baseline}, {current}')),
      text('numeric', 'Kind: numbers'),
      text('categorical', 'Kind: categories'),
      text('chart', 'Chart title'),
      text('send', 'Send-with-Start-a-project link'),
      text('summary', 'Start of the summary sent with the lead'),
    ]),
    group('metrics', 'Metric names', [
      text('psi', 'PSI'),
      text('kl', 'KL divergence'),
      text('js', 'Jensen–Shannon distance'),
      text('wasserstein', 'Wasserstein-1'),
    ]),
    group('levels', 'Level names', [
      text('belowInspect', 'Below inspect'),
      text('inspect', 'Inspect'),
      text('retrain', 'Retrain'),
      text('pause', 'Pause'),
    ]),
    group('notes', 'Why a figure is not classified', [
      text('noRow', 'No threshold row for this metric'),
      text('needsBand', 'Wasserstein needs the per-model band'),
      text('notForCategories', 'Not defined for categories'),
      text('otherMeasure', 'The row uses a measure the calculator cannot compare with'),
    ]),
    group(
      'errors',
      'Error messages',
      [
        text('empty', 'Empty sample', placeholders('{sample}')),
        text('tooMany', 'Too many values', placeholders('{sample}, {count}, {limit}')),
        text('notFinite', 'NaN or Infinity', placeholders('{sample}, {line}, {token}')),
        text('notNumber', 'Not a number', placeholders('{sample}, {line}, {token}')),
        text('more', 'More errors', placeholders('{count}')),
        text(
          'mixedKinds',
          'Numbers in one sample, categories in the other',
          placeholders('{numeric}, {categorical}'),
        ),
        text('columnMissing', 'CSV column not found', placeholders('{sample}, {column}')),
        text('failed', 'Anything else went wrong'),
      ],
      'Shown under the samples; each names the line at fault where there is one.',
    ),
    {
      name: 'demos',
      label: 'Demo pairs',
      type: 'array',
      labels: { singular: 'Demo pair', plural: 'Demo pairs' },
      admin: { description: 'Generated in the browser (same values every time) when a visitor picks one.' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'label', type: 'text', required: true, admin: { width: '50%' } },
            {
              name: 'kind',
              type: 'select',
              required: true,
              defaultValue: 'numeric',
              options: [
                { value: 'numeric', label: 'Numbers (normal distributions)' },
                { value: 'categorical', label: 'Categories' },
              ],
              admin: { width: '25%' },
            },
            {
              name: 'size',
              type: 'number',
              required: true,
              min: 1,
              max: 100000,
              defaultValue: 5000,
              admin: { width: '25%', description: 'Values per sample.' },
            },
          ],
        },
        {
          type: 'row',
          admin: { condition: (_, row) => row?.kind === 'numeric' },
          fields: [
            { name: 'baselineMean', type: 'number', admin: { width: '25%' } },
            { name: 'baselineSd', type: 'number', min: 0, admin: { width: '25%' } },
            { name: 'currentMean', type: 'number', admin: { width: '25%' } },
            { name: 'currentSd', type: 'number', min: 0, admin: { width: '25%' } },
          ],
        },
        {
          name: 'categories',
          type: 'array',
          admin: {
            condition: (_, row) => row?.kind === 'categorical',
            description: 'Relative weights in each sample; 0 leaves the category out of that sample.',
          },
          fields: [
            {
              type: 'row',
              fields: [
                { name: 'name', type: 'text', required: true, admin: { width: '50%' } },
                { name: 'baseline', type: 'number', required: true, min: 0, admin: { width: '25%' } },
                { name: 'current', type: 'number', required: true, min: 0, admin: { width: '25%' } },
              ],
            },
          ],
        },
      ],
    },
  ],
})
