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

/** Forwards Ctrl-C and termination to `child` and resolves with its exit code. */
export function supervise(child: ChildProcess): Promise<number> {
  const forward = (signal: NodeJS.Signals) => child.kill(signal)
  process.on('SIGINT', forward)
  process.on('SIGTERM', forward)
  return new Promise((resolve) => child.once('exit', (code) => resolve(code ?? 0)))
}
