import { isBuildPhase } from './lib/env/next.mjs'

/**
 * Runs once when the Next server starts. Boots Payload and, unless JOBS_AUTORUN=0, makes
 * this process the job runner, so queued lead emails are sent by `npm start` alone, also
 * when the app restarts with jobs waiting.
 */
export async function register() {
  // eslint-disable-next-line no-restricted-properties -- written out: Next replaces this exact expression per runtime
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  if (isBuildPhase()) return
  const { startInProcessRunner } = await import('./lib/jobs/startInProcess')
  await startInProcessRunner()
}
