/**
 * `npm start`: one command from a fresh clone to a served site. Finds or starts Postgres,
 * applies migrations, seeds an empty database, builds when there is no build, and serves
 * the production app on PORT. Any failure ends with one sentence, not a stack trace.
 */
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'

import { nextDistDir, serverPort } from '@/lib/env/next.mjs'
import { assertPortFree } from '@/lib/runtime/port'
import { prepare } from '@/lib/runtime/prepare'
import { run, runShowingProgress, supervise } from '@/lib/runtime/run'
import { bin } from '@/lib/runtime/serve'
import { appServerCommand } from '@/lib/runtime/server'

try {
  const port = serverPort()
  await assertPortFree(port)
  const { db, env } = await prepare('mlops')
  await run(bin('tsx'), ['scripts/migrate.ts', '--seed-if-empty'], env, 'Applying migrations')

  const distDir = nextDistDir(env)
  if (!existsSync(path.join(distDir, 'BUILD_ID'))) {
    // 4–5 minutes on a 2-core machine, less on a bigger one; Next's own output passes through.
    console.log('No production build yet: building it once (4–5 minutes on 2 cores)…')
    await runShowingProgress(bin('next'), ['build'], env, 'The build')
  }

  const { command, args } = appServerCommand(port)
  const server = spawn(command, args, { stdio: 'inherit', env })
  console.log(`Serving on ${env.NEXT_PUBLIC_SERVER_URL} (admin at /admin).`)
  const code = await supervise(server)
  await db.embedded?.stop()
  process.exit(code)
} catch (error) {
  console.error(`npm start: ${(error as Error).message}`)
  process.exit(1)
}
