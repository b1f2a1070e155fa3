import path from 'node:path'

import type { TestProject } from 'vitest/node'

import { freePort } from '@/lib/runtime/port'
import { run } from '@/lib/runtime/run'

import { startApp } from './app'
import type { TestContext } from './context'
import { freshTestDatabase } from './database'
import { testRedis } from './redis'
import { testEnv } from './testEnv'
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
  const env = testEnv({ databaseUrl: db.url, resendUrl: resend.url, appUrl })
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
