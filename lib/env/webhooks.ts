/**
 * Settings of the lead webhooks (README → Webhooks), from the environment, read at call time so tests and
 * scripts can set them before use.
 */
const int = (value: string | undefined, fallback: number) => {
  const n = Number(value)
  return value !== undefined && value !== '' && Number.isFinite(n) && n >= 0 ? Math.floor(n) : fallback
}

/** `WEBHOOKS_ALLOW_PRIVATE=1` lets endpoints resolve to private, loopback and link-local addresses (tests). */
export const webhooksAllowPrivate = (source: NodeJS.ProcessEnv = process.env) =>
  source.WEBHOOKS_ALLOW_PRIVATE === '1'

/** A delivery slower than this (connect to last byte) is aborted and counts as failed. */
export const webhookTimeoutMs = (source: NodeJS.ProcessEnv = process.env) =>
  Math.max(100, int(source.WEBHOOKS_TIMEOUT_MS, 10_000))

/** First retry delay of a failed delivery; later ones double (30 s, 1, 2, 4 … 64 min by default). */
export const webhookRetryDelayMs = (source: NodeJS.ProcessEnv = process.env) =>
  int(source.WEBHOOKS_RETRY_DELAY_MS, 30_000)
