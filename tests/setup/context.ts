import type { TestEnv } from './testEnv'

/** What the global setup hands every test file (through vitest's provide/inject). */
export type TestContext = {
  databaseUrl: string
  /** Base URL of a production build of the app serving the test database, or '' when skipped. */
  appUrl: string
  env: TestEnv
  /** The Redis tests share (each test uses a database number of its own on it). */
  redis: { host: string; port: number }
}

declare module 'vitest' {
  export interface ProvidedContext {
    testContext: TestContext
  }
}
