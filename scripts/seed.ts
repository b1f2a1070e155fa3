/** Seeds the brief's content and one user per role into the configured database. */
import { openPayload } from '@/lib/runtime/payload'
import { seed } from '@/lib/seed'

const payload = await openPayload()
try {
  const report = await seed(payload)
  console.log(JSON.stringify(report, null, 2))
  process.exit(0)
} catch (error) {
  console.error(`Seed failed: ${(error as Error).message}`)
  process.exit(1)
}
