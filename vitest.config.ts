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

/**
 * Tests that need Postgres (and the fake Resend) but no build: server code through the local API, migrations,
 * the seed, and `npm start` / the production server refusing to start before any build is read.
 */
const POSTGRES = [
  'tests/leads-duplicates.test.ts',
  'tests/leads-retention.test.ts',
  'tests/leads-workflow.test.ts',
  'tests/migrations.test.ts',
  'tests/seed.test.ts',
  'tests/start.test.ts',
  'tests/security/erase-strangers-outbox-by-lookalike-address.test.ts',
  'tests/security/hang-email-provider.test.ts',
  'tests/security/purge-old-lead-by-filing-it-as-spam.test.ts',
  'tests/security/run-from-a-private-folder.test.ts',
  'tests/security/start-an-instance-without-shared-secrets.test.ts',
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
        // `npm run test:integration`: a fresh Postgres database (migrated, seeded), a fake Resend and Redis; no build.
        extends: true,
        test: {
          name: 'integration',
          include: POSTGRES,
          globalSetup: ['tests/setup/global.ts'],
          setupFiles: ['tests/setup/env.ts'],
          // One Postgres database is shared: files run one after another (with the app project's, too).
          fileParallelism: false,
        },
      },
      {
        // `npm run test:app`: the same, plus a production build served for the HTTP and Chromium tests
        // (tests/browser/ and every test that calls the app). The global setup builds only for this project.
        extends: true,
        test: {
          name: 'app',
          include: ['tests/**/*.test.ts'],
          exclude: [...UNIT, ...POSTGRES],
          globalSetup: ['tests/setup/global.ts'],
          setupFiles: ['tests/setup/env.ts'],
          fileParallelism: false,
        },
      },
    ],
  },
})
