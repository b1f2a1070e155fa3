import type { ServerProps } from 'payload'

import { hasRole } from '@/lib/access/roles'
import { disabledWebhooks } from '@/lib/webhooks/disabled'

/** On the admin home, for admins: the webhook endpoints turned off after a day of failures. */
export async function WebhooksNotice({ payload, user }: ServerProps) {
  if (!user || !hasRole(user, 'admin')) return null
  const disabled = await disabledWebhooks(payload)
  if (!disabled.length) return null
  return (
    <section
      aria-labelledby="webhooks-notice-title"
      className="webhooks-notice"
      role="status"
      style={{
        marginBottom: 'calc(var(--base) * 2)',
        padding: 'calc(var(--base) * 0.75)',
        border: '1px solid var(--theme-error-500)',
        borderRadius: 'var(--style-radius-m, 4px)',
      }}
    >
      <h2 id="webhooks-notice-title" style={{ marginBottom: 'calc(var(--base) * 0.5)' }}>
        {disabled.length === 1 ? 'A webhook was turned off' : `${disabled.length} webhooks were turned off`}
      </h2>
      <p style={{ margin: '0 0 calc(var(--base) * 0.5)' }}>
        They failed for more than a day. Fix the receiver, then tick Active again.
      </p>
      <ul style={{ paddingLeft: 'var(--base)', margin: 0 }}>
        {disabled.map((hook) => (
          <li key={hook.id}>
            <a href={`/admin/collections/webhooks/${hook.id}`} data-webhook-id={hook.id}>
              {hook.name}
            </a>{' '}
            · off since {hook.disabledAt ? new Date(hook.disabledAt).toUTCString() : '?'}
            {hook.disabledReason ? ` · ${hook.disabledReason}` : ''}
          </li>
        ))}
      </ul>
    </section>
  )
}
