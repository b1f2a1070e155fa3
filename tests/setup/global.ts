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

/** What every project of a run shares: one database, one fake Resend, one Redis, and the app's port. */
type Services = {
  context: Omit<TestContext, 'appUrl'>
  appUrl: string
  port: number
  childEnv: NodeJS.ProcessEnv
  stop: () => Promise<void>
}

/**
 * Vitest runs each project's global setup in turn, in one process: the first starts the services, the others
 * reuse them (the `integration` and `app` projects then share one database, as their files run one after
 * another), and the last teardown stops them.
 */
const SHARED = Symbol.for('mlops.tests.services')
type Shared = { services: Promise<Services>; users: number }
const holder = globalThis as typeof globalThis & { [SHARED]?: Shared }

async function startServices(): Promise<Services> {
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
  return {
    context: { databaseUrl: db.url, env, redis: { host: redis.host, port: redis.port } },
    appUrl,
    port,
    childEnv,
    stop: async () => {
      await resend.close()
      await redis.stop()
      await db.embedded?.stop()
    },
  }
}

/**
 * Once per project of a run: the shared services above; for the `app` project also a production build of
 * the app serving that database (`TEST_NO_APP=1` skips it for quick runs of tests that do not need it).
 */
export default async function setup(project: TestProject) {
  const shared = (holder[SHARED] ??= { services: startServices(), users: 0 })
  shared.users += 1
  const services = await shared.services

  const wantsApp = project.name === 'app' && process.env.TEST_NO_APP !== '1'
  const app = wantsApp
    ? await startApp({ ...services.childEnv, NODE_ENV: 'production' }, services.port)
    : null
  project.provide('testContext', { ...services.context, appUrl: app ? services.appUrl : '' })

  return async () => {
    await app?.stop()
    shared.users -= 1
    if (shared.users === 0) {
      delete holder[SHARED]
      await services.stop()
    }
  }
}
