import path from 'node:path'

import type { TestProject } from 'vitest/node'

import { run } from '@/lib/runtime/run'

import { startApp, freePort } from './app'
import type { TestContext } from './context'
import { freshTestDatabase } from './database'
import { testRedis } from './redis'
import { startFakeResend } from '../support/fakeResend'

/**
 * Once per run: a fresh database with migrations applied and the brief seeded, then a
 * production build of the app serving it. `TEST_NO_APP=1` skips the app for quick runs
 * of tests that do not need it.
 */
export default async function setup(project: TestProject) {
  const db = await freshTestDatabase()
  const resend = await startFakeResend()
  const redis = await testRedis()
  const port = await freePort()
  const appUrl = `http://localhost:${port}`
  const env: Record<string, string> = {
    DATABASE_URL: db.url,
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
    RESEND_BASE_URL: resend.url,
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
  }
  const childEnv = { ...process.env, ...env }
  await run(
    path.resolve('node_modules/.bin/tsx'),
    ['scripts/migrate.ts', '--seed-if-empty'],
    childEnv,
    'Migrating the test database',
  )

  const skipApp = process.env.TEST_NO_APP === '1'
  const app = skipApp ? null : await startApp({ ...childEnv, NODE_ENV: 'production' }, port)

  const context: TestContext = {
    databaseUrl: db.url,
    appUrl: skipApp ? '' : appUrl,
    env,
    redis: { host: redis.host, port: redis.port },
  }
  project.provide('testContext', context)

  return async () => {
    await app?.stop()
    await resend.close()
    await redis.stop()
    await db.embedded?.stop()
  }
}
