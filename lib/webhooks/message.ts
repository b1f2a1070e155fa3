import type { WebhookEvent } from './events'

/** What a webhook says about a lead: no name, email or message, only what routes it. */
export type LeadEventData = {
  id: number
  reference: string
  status: string
  previousStatus?: string
  areas: string[]
  outcome: string | null
  source: string | null
  adminUrl: string
}

export type LeadEventBody = { type: WebhookEvent; timestamp: string; data: LeadEventData }

/** Where a lead came from: its UTM source, else the host of its referrer, else null. */
export function leadSource(utmSource: string | null | undefined, referrer: string | null | undefined) {
  if (utmSource?.trim()) return utmSource.trim()
  if (!referrer) return null
  try {
    return new URL(referrer).hostname || null
  } catch {
    return null
  }
}

/** Incoming webhooks of Slack take `{ text, blocks }`, not our JSON body. */
export const isSlackUrl = (url: string): boolean => {
  try {
    const parsed = new URL(url)
    return parsed.protocol === 'https:' && parsed.hostname === 'hooks.slack.com'
  } catch {
    return false
  }
}

/** Slack's mrkdwn treats &, < and > as control characters. */
const slackEscape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** A Slack message for one event: one line of text (notifications), and the same as a block with details. */
export function slackMessage({ type, data }: LeadEventBody): { text: string; blocks: unknown[] } {
  const headline =
    type === 'lead.created'
      ? `New lead ${data.reference}`
      : `Lead ${data.reference}: ${data.previousStatus ?? '?'} → ${data.status}`
  const details = [
    `*Status:* ${data.status}`,
    `*Areas:* ${data.areas.length ? data.areas.join(', ') : '—'}`,
    `*Outcome:* ${data.outcome ?? '—'}`,
    `*Source:* ${data.source ?? '—'}`,
  ]
    .map(slackEscape)
    .join('\n')
  return {
    text: `${slackEscape(headline)} · <${data.adminUrl}|Open in the admin>`,
    blocks: [
      { type: 'section', text: { type: 'mrkdwn', text: `*${slackEscape(headline)}*\n${details}` } },
      {
        type: 'actions',
        elements: [
          { type: 'button', text: { type: 'plain_text', text: 'Open in the admin' }, url: data.adminUrl },
        ],
      },
    ],
  }
}

/** The bytes an endpoint receives for one event: our JSON body, or Slack's message for a Slack URL. */
export const requestBody = (url: string, body: LeadEventBody): string =>
  JSON.stringify(isSlackUrl(url) ? slackMessage(body) : body)
