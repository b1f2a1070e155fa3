import nextEnv from '@next/env'

import { connectionProblem } from '../db/admin'
import { resolveDatabase, type ResolvedDatabase } from '../db/resolve'
import { secretFromEnvOrFile } from './secrets'

export type Prepared = { db: ResolvedDatabase; env: NodeJS.ProcessEnv; port: number }

const redact = (url: string) => url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@')

/**
 * What `npm start` and `npm run dev` share: read `.env`, find or start the database and
 * check it answers, and fill in the secrets and URLs the app needs. Fails with one sentence.
 */
export async function prepare(databaseName: string): Promise<Prepared> {
  nextEnv.loadEnvConfig(process.cwd(), false, { info: () => {}, error: console.error })
  const port = Number(process.env.PORT || 3000)
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw new Error(`PORT must be a port number, not "${process.env.PORT}".`)

  let db: ResolvedDatabase
  try {
    db = await resolveDatabase(databaseName)
  } catch (error) {
    throw new Error(`Could not start the embedded Postgres under .data/postgres: ${(error as Error).message}`)
  }
  const problem = await connectionProblem(db.url)
  if (problem)
    throw new Error(`Cannot reach the database at ${redact(db.url)}: ${problem}. Check DATABASE_URL.`)

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: db.url,
    PORT: String(port),
    PAYLOAD_SECRET: secretFromEnvOrFile('PAYLOAD_SECRET'),
    REVALIDATE_SECRET: secretFromEnvOrFile('REVALIDATE_SECRET'),
    PREVIEW_SECRET: secretFromEnvOrFile('PREVIEW_SECRET'),
    NEXT_PUBLIC_SERVER_URL: process.env.NEXT_PUBLIC_SERVER_URL || `http://localhost:${port}`,
    NEXT_TELEMETRY_DISABLED: '1',
  }
  return { db, env, port }
}
