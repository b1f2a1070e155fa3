import { inject } from 'vitest'

import '../setup/context'

export const testContext = () => inject('testContext')

/** The URL of the production app the global setup started. */
export function appUrl(path = '/'): string {
  const { appUrl: base } = testContext()
  if (!base) throw new Error('This test needs the app: run it without TEST_NO_APP=1.')
  return new URL(path, base).toString()
}

/** `redis://…/db` on the tests' Redis: each test file takes a database number of its own. */
export function redisUrl(db: number): string {
  const { host, port } = testContext().redis
  return `redis://${host}:${port}/${db}`
}
