import { contentGlobal } from '@/lib/payload/contentGlobal'
import { section } from '@/lib/payload/sectionFields'

const text = (name: string, label = name) => ({ name, label, type: 'text' as const, required: true })

/** The heading, introduction and closing note of each numbered section, with its labels. */
export const SectionIntros = contentGlobal({
  slug: 'section-intros',
  label: 'Section intros',
  fields: [
    {
      type: 'tabs',
      tabs: [
        { label: '001 Scope', fields: [section('scope', 'Scope')] },
        {
          label: '002 Stack',
          fields: [
            section('stack', 'Stack', [
              {
                name: 'labels',
                type: 'group',
                fields: [
                  text('why', 'Why label'),
                  text('pickWhen', 'Pick-when label'),
                  text('skipWhen', 'Skip-when label'),
                  text('ourDefault', 'Our-default label'),
                  text('tools', 'Tools label'),
                ],
              },
            ]),
          ],
        },
        {
          label: '003 Patterns',
          fields: [
            section('patterns', 'Patterns', [
              {
                name: 'labels',
                type: 'group',
                fields: [
                  text('pickWhen', 'Pick-when label'),
                  text('skipWhen', 'Skip-when label'),
                  text('stack', 'Stack label'),
                  text('tablist', 'Name of the pattern tabs (for screen readers)'),
                ],
              },
            ]),
          ],
        },
        { label: '004 LLMOps', fields: [section('llmops', 'LLMOps')] },
        {
          label: '005 CD4ML',
          fields: [
            section('cd4ml', 'CD4ML', [
              { name: 'labels', type: 'group', fields: [text('gate', 'Gate label')] },
            ]),
          ],
        },
        {
          label: '006 Monitor',
          fields: [
            section('monitor', 'Monitor', [
              {
                name: 'table',
                label: 'Threshold table',
                type: 'group',
                fields: [
                  text('title', 'Table title'),
                  { name: 'intro', type: 'textarea', required: true },
                  text('signal', 'Signal column'),
                  text('tool', 'Tool column'),
                  text('inspect', 'Inspect column'),
                  text('retrain', 'Retrain column'),
                  text('pause', 'Pause column'),
                  text('footnote', 'Footnote'),
                ],
              },
            ]),
          ],
        },
        {
          label: '007 Engagement',
          fields: [
            section('engagement', 'Engagement', [
              {
                name: 'labels',
                type: 'group',
                fields: [
                  text('timeline', 'Timeline label'),
                  text('phases', 'Phase count label'),
                  text('week', 'Week label'),
                  text('exit', 'Exit criterion label'),
                ],
              },
            ]),
          ],
        },
        { label: '008 Shapes', fields: [section('shapes', 'Shapes')] },
        {
          label: '009 Decide',
          fields: [
            section('decide', 'Decide', [
              {
                name: 'labels',
                type: 'group',
                fields: [
                  text('treeTitle', 'Tree title'),
                  text('question', 'Question label'),
                  text('pickOne', 'Pick-one label'),
                  text('back', 'Back button'),
                  text('restart', 'Restart button'),
                  text('outcome', 'Outcome label'),
                ],
              },
            ]),
          ],
        },
        { label: '010 Why us', fields: [section('why', 'Why us')] },
        {
          label: '011 FAQ',
          fields: [
            section('faq', 'FAQ', [
              {
                name: 'labels',
                type: 'group',
                fields: [
                  text('link', 'Link to a question'),
                  text('copy', 'Copy-link button'),
                  text('copied', 'Said once the link is copied'),
                ],
              },
            ]),
          ],
        },
      ],
    },
  ],
})
