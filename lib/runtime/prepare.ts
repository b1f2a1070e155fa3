import nextEnv from '@next/env'

import { connectionProblem } from '../db/admin'
import { childProcessEnv } from '../env/childProcess'
import { serverPort } from '../env/next.mjs'
import { publicUrl } from '../env/publicUrl'
import { isMultiInstance, SHARED_SECRETS, sharedSecretsProblem } from '../env/sharedSecrets.mjs'
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
  const port = serverPort()
  const secrets = localSecrets()

  let db: ResolvedDatabase
  try {
    db = await resolveDatabase(databaseName)
  } catch (error) {
    throw new Error(`Could not start the embedded Postgres under .data/postgres: ${(error as Error).message}`)
  }
  const problem = await connectionProblem(db.url)
  if (problem)
    throw new Error(`Cannot reach the database at ${redact(db.url)}: ${problem}. Check DATABASE_URL.`)

  const env = childProcessEnv({
    ...secrets,
    DATABASE_URL: db.url,
    PORT: String(port),
    NEXT_PUBLIC_SERVER_URL: publicUrl(),
    NEXT_TELEMETRY_DISABLED: '1',
  })
  return { db, env, port }
}

/**
 * One machine: secrets the environment leaves out are made up once and kept in `.data/`, so
 * sessions, preview links and server actions survive restarts and rebuilds. Several instances
 * (`REDIS_URL` set) cannot each make up their own: there they must all be given, or nothing starts.
 */
function localSecrets(): Record<string, string> {
  if (isMultiInstance()) {
    const problem = sharedSecretsProblem()
    if (problem) throw new Error(problem)
    return {}
  }
  return Object.fromEntries(
    SHARED_SECRETS.map((name) => [
      name,
      secretFromEnvOrFile(name, '.data', name === 'NEXT_SERVER_ACTIONS_ENCRYPTION_KEY' ? 'base64' : 'hex'),
    ]),
  )
}
