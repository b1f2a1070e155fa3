import type { Field } from 'payload'

import { contentCollection } from '@/lib/payload/contentCollection'
import { DIRECTIONS, MEASURES } from '@/lib/drift/levels'

import { validateLevels } from './hooks/validateLevels'

const toOptions = (map: Record<string, string>) =>
  Object.entries(map).map(([value, label]) => ({ value, label }))

const level = (name: 'inspect' | 'retrain' | 'pause', label: string): Field => ({
  name,
  label,
  type: 'group',
  admin: { width: '33%' },
  fields: [
    {
      name: 'value',
      type: 'number',
      required: true,
      admin: { description: 'The number a measured value is compared with.' },
    },
    {
      name: 'label',
      type: 'text',
      required: true,
      admin: { description: 'What the table shows, e.g. "0.25" or "1.5× band".' },
    },
  ],
})

/** 006 / MONITOR: the drift threshold reference table, stored as comparable data. */
export const DriftThresholds = contentCollection({
  slug: 'drift-thresholds',
  labels: { singular: 'Drift threshold', plural: 'Drift thresholds' },
  admin: { useAsTitle: 'signal', defaultColumns: ['signal', 'tool', 'metric'] },
  hooks: { beforeValidate: [validateLevels] },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'signal', type: 'text', required: true, admin: { width: '50%' } },
        { name: 'tool', type: 'text', required: true, admin: { width: '50%' } },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'metric',
          type: 'select',
          required: true,
          admin: { width: '33%', description: 'Which figure this row classifies.' },
          options: [
            { value: 'psi', label: 'PSI' },
            { value: 'kl', label: 'KL divergence' },
            { value: 'js', label: 'Jensen–Shannon distance' },
            { value: 'wasserstein', label: 'Wasserstein distance' },
            { value: 'judge-score', label: 'LLM judge score' },
            { value: 'guardrail-rate', label: 'Guardrail hit rate' },
            { value: 'hallucination-rate', label: 'Hallucination rate' },
          ],
        },
        {
          name: 'measure',
          type: 'select',
          required: true,
          options: toOptions(MEASURES),
          admin: { width: '33%' },
        },
        {
          name: 'direction',
          type: 'select',
          required: true,
          defaultValue: 'higher-is-worse',
          options: toOptions(DIRECTIONS),
          admin: { width: '33%' },
        },
      ],
    },
    {
      type: 'row',
      fields: [level('inspect', 'Inspect at'), level('retrain', 'Retrain at'), level('pause', 'Pause at')],
    },
  ],
})
