/**
 * How long the app waits on Postgres, in one place: the app's pool (payload.config.ts, through
 * `poolOptions` in lib/db/pool.ts) takes its limits from here. A database
 * that accepts connections but never answers must cost a request seconds, not forever,
 * and the pool must shed the connections it left behind.
 */
export type DatabaseTimeouts = {
  /** Opening a connection, and waiting for a free one when the pool is busy. */
  connectMs: number
  /** Postgres cancels a statement running longer (`statement_timeout`); 0 turns it off. */
  statementMs: number
  /** The client stops waiting for an answer this long after the server should have cancelled. */
  queryMs: number
  /**
   * Postgres ends a session left idle inside a transaction (its holder died or lost it). Long
   * enough for work a request legitimately does between statements of one transaction (an
   * email sent while resetting a password may take LEAD_EMAIL_TIMEOUT_MS, 15 s).
   */
  idleInTransactionMs: number
  /** An unused pooled connection is closed after this long. */
  idleMs: number
  /** TCP keepalive probes start after this much silence, so a vanished server is noticed. */
  keepAliveDelayMs: number
}

const int = (name: string, value: string | undefined, fallback: number): number => {
  if (value === undefined || value.trim() === '') return fallback
  const n = Number(value)
  if (!Number.isInteger(n) || n < 0)
    throw new Error(`${name} must be a number of milliseconds, not "${value}".`)
  return n
}

/** The server gets this long to cancel a statement itself before the client gives up on it. */
const CANCEL_GRACE_MS = 500

export function databaseTimeouts(source: NodeJS.ProcessEnv = process.env): DatabaseTimeouts {
  const statementMs = int('DATABASE_STATEMENT_TIMEOUT_MS', source.DATABASE_STATEMENT_TIMEOUT_MS, 3_000)
  return {
    connectMs: int('DATABASE_CONNECT_TIMEOUT_MS', source.DATABASE_CONNECT_TIMEOUT_MS, 3_000),
    statementMs,
    queryMs: statementMs === 0 ? 0 : statementMs + CANCEL_GRACE_MS,
    idleInTransactionMs: 60_000,
    idleMs: 10_000,
    keepAliveDelayMs: 10_000,
  }
}

/**
 * Where the database is: `DATABASE_URL` when set; otherwise an embedded Postgres under `EMBEDDED_PG_DIR`
 * (default `.data/postgres`) on port `EMBEDDED_PG_PORT` (default 54320), as `npm start` needs no setup.
 */
export type DatabaseLocation = { url: string } | { url: null; embeddedDataDir: string; embeddedPort: number }

export function databaseLocation(source: NodeJS.ProcessEnv = process.env): DatabaseLocation {
  if (source.DATABASE_URL) return { url: source.DATABASE_URL }
  return {
    url: null,
    embeddedDataDir: source.EMBEDDED_PG_DIR || '.data/postgres',
    embeddedPort: Number(source.EMBEDDED_PG_PORT || 54320),
  }
}
