/**
 * `npm run dev`: the development server. Uses its own database (`mlops_dev`), the only one
 * whose schema Payload may push without a migration.
 */
import { spawn } from 'node:child_process'
import path from 'node:path'

import { serverPort } from '@/lib/env/next.mjs'
import { assertPortFree } from '@/lib/runtime/port'
import { prepare } from '@/lib/runtime/prepare'
import { run, supervise } from '@/lib/runtime/run'

try {
  const port = serverPort()
  await assertPortFree(port)
  const { db, env } = await prepare('mlops_dev')
  const devEnv = { ...env, PAYLOAD_PUSH: 'true' }
  await run(path.resolve('node_modules/.bin/tsx'), ['scripts/seed.ts'], devEnv, 'Seeding')
  const server = spawn(path.resolve('node_modules/.bin/next'), ['dev', '-p', String(port)], {
    stdio: 'inherit',
    env: devEnv,
  })
  const code = await supervise(server)
  await db.embedded?.stop()
  process.exit(code)
} catch (error) {
  console.error(`npm run dev: ${(error as Error).message}`)
  process.exit(1)
}
