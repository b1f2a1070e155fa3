import { contentGlobal } from '@/lib/payload/contentGlobal'

import { validateTree } from './hooks/validateTree'

const keyField = (description: string) => ({
  name: 'key',
  type: 'text' as const,
  required: true,
  admin: { width: '25%', description },
  validate: (value: string | null | undefined) =>
    !value || /^[a-z0-9-]{1,40}$/.test(value) || 'Lowercase letters, digits and dashes only.',
})

/** 009 / DECIDE: build or buy. The first question is where the visitor starts. */
export const DecideTree = contentGlobal({
  slug: 'decide-tree',
  label: 'Decide tree',
  hooks: { beforeValidate: [validateTree] },
  fields: [
    {
      name: 'questions',
      type: 'array',
      required: true,
      minRows: 1,
      labels: { singular: 'Question', plural: 'Questions' },
      fields: [
        {
          type: 'row',
          fields: [
            keyField('Used by options to lead here, e.g. q-platform.'),
            { name: 'prompt', type: 'text', required: true, admin: { width: '75%' } },
          ],
        },
        { name: 'help', type: 'textarea' },
        {
          name: 'options',
          type: 'array',
          required: true,
          minRows: 2,
          labels: { singular: 'Option', plural: 'Options' },
          fields: [
            {
              type: 'row',
              fields: [
                { name: 'label', type: 'text', required: true, admin: { width: '60%' } },
                {
                  name: 'next',
                  type: 'text',
                  required: true,
                  admin: { width: '40%', description: 'Key of the next question or of an outcome.' },
                },
              ],
            },
          ],
        },
      ],
    },
    {
      name: 'outcomes',
      type: 'array',
      required: true,
      minRows: 1,
      labels: { singular: 'Outcome', plural: 'Outcomes' },
      fields: [
        {
          type: 'row',
          fields: [
            keyField('Recorded on the lead, e.g. managed-first.'),
            { name: 'title', type: 'text', required: true, admin: { width: '75%' } },
          ],
        },
        { name: 'body', type: 'textarea', required: true },
        { name: 'ctaLabel', label: 'Button label', type: 'text', required: true },
      ],
    },
  ],
})
