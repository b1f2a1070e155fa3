import { contentGlobal } from '@/lib/payload/contentGlobal'

/** 006 / MONITOR: the four drift signals layered on every production model. */
export const MonitoringSignals = contentGlobal({
  slug: 'monitoring-signals',
  label: 'Monitoring signals',
  fields: [
    {
      name: 'signals',
      type: 'array',
      required: true,
      minRows: 1,
      labels: { singular: 'Signal', plural: 'Signals' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'number', type: 'text', required: true, admin: { width: '15%' } },
            { name: 'name', type: 'text', required: true, admin: { width: '40%' } },
            {
              name: 'healthy',
              label: 'Healthy state',
              type: 'text',
              required: true,
              admin: { width: '45%' },
            },
          ],
        },
        { name: 'detection', label: 'How it is measured', type: 'textarea', required: true },
        { name: 'action', label: 'What a breach does', type: 'textarea', required: true },
      ],
    },
  ],
})
