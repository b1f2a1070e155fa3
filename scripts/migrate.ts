/**
 * Applies committed migrations, then (with --seed-if-empty) seeds a database that has no
 * content yet. Used by `npm start`; `npm run migrate` runs it alone.
 */
import { openPayload } from '@/lib/runtime/payload'
import { seed } from '@/lib/seed'

// A migration may rewrite a large table: the app's per-request statement limit (3 s) would
// cut it short. Ten minutes still ends a migration stuck on a server that stopped answering.
// eslint-disable-next-line no-restricted-properties -- a setting for this process, read by lib/env/database.ts
process.env.DATABASE_STATEMENT_TIMEOUT_MS ??= String(10 * 60_000)

const payload = await openPayload()
try {
  await payload.db.migrate()
  if (process.argv.includes('--seed-if-empty')) {
    const report = await seed(payload)
    const loaded = Object.entries(report.collections).map(([slug, n]) => `${n} ${slug}`)
    if (loaded.length || report.globals.length) {
      console.log(`Seeded ${[...loaded, `${report.globals.length} globals`].join(', ')}.`)
    }
    if (report.users.length) console.log(`Created users: ${report.users.join(', ')}.`)
    if (report.refusedRoles.length) {
      console.warn(
        `No ${report.refusedRoles.join('/')} user created: in production set SEED_<ROLE>_EMAIL and SEED_<ROLE>_PASSWORD.`,
      )
    }
  }
  process.exit(0)
} catch (error) {
  console.error(`Migration failed: ${(error as Error).message}`)
  process.exit(1)
}
