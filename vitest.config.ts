import path from 'node:path'

import { defineConfig } from 'vitest/config'

/** Tests that need neither a database nor the app: pure functions and the cache handler on its own. */
const UNIT = [
  'tests/cache-handler.test.ts',
  'tests/decide-tree.test.ts',
  'tests/drift-levels.test.ts',
  'tests/drift-maths.test.ts',
  'tests/emails.test.ts',
]

export default defineConfig({
  resolve: {
    tsconfigPaths: true,
    // Next's `server-only` guard throws outside a React server bundle; tests run server code directly.
    alias: { 'server-only': path.resolve('node_modules/server-only/empty.js') },
  },
  test: {
    testTimeout: 60_000,
    hookTimeout: 240_000,
    projects: [
      {
        // `npm run test:unit`: seconds, no Postgres, no build.
        extends: true,
        test: { name: 'unit', include: UNIT },
      },
      {
        // Everything else shares one global setup: a fresh Postgres database (migrated, seeded),
        // a fake Resend, Redis, and a production build served for the HTTP and Chromium tests.
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/**/*.test.ts'],
          exclude: UNIT,
          globalSetup: ['tests/setup/global.ts'],
          setupFiles: ['tests/setup/env.ts'],
          // One Postgres database and one production server are shared: files run one after another.
          fileParallelism: false,
        },
      },
    ],
  },
})
