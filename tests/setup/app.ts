import { buildAndServe, type RunningApp } from '@/lib/runtime/serve'

/**
 * Builds the production app into `NEXT_DIST_DIR` (unless `TEST_REUSE_BUILD=1` and a build
 * is there) and serves it against the test database.
 */
export function startApp(env: NodeJS.ProcessEnv, port: number): Promise<RunningApp> {
  return buildAndServe(env, port, { reuse: process.env.TEST_REUSE_BUILD === '1', label: 'The test build' })
}
