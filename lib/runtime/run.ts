import { spawn, type ChildProcess } from 'node:child_process'

/** Runs a command with inherited output; rejects with `label` when it exits non-zero. */
export function run(command: string, args: string[], env: NodeJS.ProcessEnv, label: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', env })
    child.once('error', reject)
    child.once('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${label} failed (${signal ?? `exit code ${code}`}).`)),
    )
  })
}

/**
 * `run`, printing a line every `everyMs` while the command works: Next's build says nothing for
 * minutes while it compiles, and a silent terminal looks like a hang.
 */
export async function runShowingProgress(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  label: string,
  everyMs = 15_000,
): Promise<void> {
  const started = Date.now()
  const timer = setInterval(() => {
    console.log(`  … ${label} still running (${Math.round((Date.now() - started) / 1000)} s)`)
  }, everyMs)
  try {
    await run(command, args, env, label)
  } finally {
    clearInterval(timer)
  }
  console.log(`${label} done in ${Math.round((Date.now() - started) / 1000)} s.`)
}

/** Forwards Ctrl-C and termination to `child` and resolves with its exit code. */
export function supervise(child: ChildProcess): Promise<number> {
  const forward = (signal: NodeJS.Signals) => child.kill(signal)
  process.on('SIGINT', forward)
  process.on('SIGTERM', forward)
  return new Promise((resolve) => child.once('exit', (code) => resolve(code ?? 0)))
}
