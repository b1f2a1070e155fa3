import path from 'node:path'

/**
 * The environment every test process and the app under test share: the database, secrets,
 * the fake Resend, and settings short enough for tests to see retries and takeovers.
 */
export function testEnv({
  databaseUrl,
  resendUrl,
  appUrl,
}: {
  databaseUrl: string
  resendUrl: string
  appUrl: string
}) {
  return {
    DATABASE_URL: databaseUrl,
    PAYLOAD_SECRET: 'test-payload-secret',
    REVALIDATE_SECRET: 'test-revalidate-secret',
    PREVIEW_SECRET: 'test-preview-secret',
    // One build served by several instances (tests/security/server-action-across-instances…):
    // built with a fixed key and deployment id, as README → Running several instances asks.
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: 'dGVzdC1zZXJ2ZXItYWN0aW9ucy1rZXktMzItYnl0ZXM=',
    NEXT_DEPLOYMENT_ID: 'test-build',
    NEXT_PUBLIC_SERVER_URL: appUrl,
    NEXT_DIST_DIR: '.next-test',
    NEXT_TELEMETRY_DISABLED: '1',
    MEDIA_DIR: path.resolve('.data/test-media'),
    // Lead emails go to a local fake of Resend's API. Retries are fast so tests can see them, but
    // the first wait (1 s) is no shorter than the runner's polling, so the backoff's growth shows.
    RESEND_API_KEY: 're_test_key',
    RESEND_BASE_URL: resendUrl,
    LEADS_NOTIFY_TO: 'sales@paiteq.example, ops@paiteq.example',
    LEADS_FROM: 'Paiteq <hello@paiteq.example>',
    LEAD_EMAIL_RETRY_DELAY_MS: '1000',
    LEAD_EMAIL_TIMEOUT_MS: '1500',
    LEAD_MIN_FILL_MS: '1500',
    JOBS_INTERVAL_SECONDS: '1',
    // A job left running by an app a test stopped is taken over within seconds, not the default 30.
    JOBS_LEASE_SECONDS: '10',
    // The tests play the one proxy in front of the app: the X-Forwarded-For address a test sends
    // (tests/support/leads.ts → uniqueIp) is the client's, so each test has its own enquiry and
    // sign-in budget. tests/security/spoof-client-address.test.ts checks 0 and 2 on instances of their own.
    TRUSTED_PROXY_HOPS: '1',
    // Webhook receivers in tests listen on 127.0.0.1; retries are fast so tests can see them.
    WEBHOOKS_ALLOW_PRIVATE: '1',
    WEBHOOKS_RETRY_DELAY_MS: '1000',
    WEBHOOKS_TIMEOUT_MS: '2000',
  } satisfies Record<string, string>
}

export type TestEnv = ReturnType<typeof testEnv>
