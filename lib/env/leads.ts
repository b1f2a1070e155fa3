/**
 * Settings of the lead pipeline, from the environment (README → Environment lists them).
 * Read at call time so tests and scripts can set them before use.
 */
export type RateLimit = { count: number; seconds: number } | null

/** `LEAD_RATE_LIMIT=count/seconds` (default 5/600); `0` turns the limit off. */
export function leadRateLimit(source: NodeJS.ProcessEnv = process.env): RateLimit {
  const raw = (source.LEAD_RATE_LIMIT ?? '5/600').trim()
  if (raw === '0' || raw === 'off') return null
  const match = /^(\d+)\/(\d+)$/.exec(raw)
  if (!match || Number(match[1]) < 1 || Number(match[2]) < 1)
    throw new Error(`LEAD_RATE_LIMIT must look like 5/600 (count/seconds) or 0, not "${raw}".`)
  return { count: Number(match[1]), seconds: Number(match[2]) }
}

const int = (value: string | undefined, fallback: number) => {
  const n = Number(value)
  return value !== undefined && value !== '' && Number.isFinite(n) && n >= 0 ? Math.floor(n) : fallback
}

export type MailEnv = {
  resendApiKey: string | undefined
  resendBaseUrl: string | undefined
  from: string
  notifyTo: string[]
  /** A request to the provider that takes longer than this counts as failed (and is retried). */
  timeoutMs: number
}

export function mailEnv(source: NodeJS.ProcessEnv = process.env): MailEnv {
  return {
    resendApiKey: source.RESEND_API_KEY || undefined,
    resendBaseUrl: source.RESEND_BASE_URL || undefined,
    from: source.LEADS_FROM || 'Paiteq <hello@paiteq.example>',
    notifyTo: (source.LEADS_NOTIFY_TO || 'sales@paiteq.example')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    timeoutMs: int(source.LEAD_EMAIL_TIMEOUT_MS, 15_000),
  }
}

/** A form sent faster than this (from first render to submit) is treated as a bot. */
export const minFillMs = (source: NodeJS.ProcessEnv = process.env) => int(source.LEAD_MIN_FILL_MS, 3000)

/**
 * First retry delay of a failed email; later ones double (1, 2, 4, 8, 16 min by default:
 * six attempts over about 31 minutes).
 */
export const emailRetryDelayMs = (source: NodeJS.ProcessEnv = process.env) =>
  int(source.LEAD_EMAIL_RETRY_DELAY_MS, 60_000)

/** The job runner inside the app process (`npm start`); `JOBS_AUTORUN=0` leaves it to `npm run jobs`. */
export const jobsAutorun = (source: NodeJS.ProcessEnv = process.env) => source.JOBS_AUTORUN !== '0'

/** How often the runner looks for due jobs, in seconds. */
export const jobsIntervalSeconds = (source: NodeJS.ProcessEnv = process.env) =>
  Math.max(1, int(source.JOBS_INTERVAL_SECONDS, 2))

/**
 * How long a job stays claimed without a sign of life from its worker: a live worker renews the lease of the
 * jobs it runs every third of this, so only the jobs of a worker that stopped (killed, or cut off from the
 * database) are released when it runs out, and another worker runs them.
 */
export const jobLeaseSeconds = (source: NodeJS.ProcessEnv = process.env) =>
  Math.max(3, int(source.JOBS_LEASE_SECONDS, 30))

/** How many jobs one runner works on at once (each is a provider call or a few statements). */
export const jobsConcurrency = (source: NodeJS.ProcessEnv = process.env) =>
  Math.max(1, int(source.JOBS_CONCURRENCY, 20))

/**
 * The response target: a lead still `new` after `LEAD_SLA_HOURS` (default 24) is overdue.
 */
export function slaHours(source: NodeJS.ProcessEnv = process.env): number {
  const raw = source.LEAD_SLA_HOURS
  const hours = raw === undefined || raw === '' ? 24 : Number(raw)
  if (!Number.isFinite(hours) || hours <= 0) {
    throw new Error(`LEAD_SLA_HOURS must be a positive number of hours, not "${raw}".`)
  }
  return hours
}
