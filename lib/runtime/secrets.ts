import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/**
 * The value of `name` from the environment, or else a random one kept in `.data/` so
 * sessions and preview links survive restarts of a local install.
 */
export function secretFromEnvOrFile(
  name: string,
  dataDir = '.data',
  encoding: 'hex' | 'base64' = 'hex',
): string {
  const fromEnv = process.env[name]
  if (fromEnv) return fromEnv
  const file = path.resolve(dataDir, `${name.toLowerCase()}.txt`)
  if (existsSync(file)) return readFileSync(file, 'utf8').trim()
  mkdirSync(path.dirname(file), { recursive: true })
  const value = randomBytes(32).toString(encoding)
  writeFileSync(file, value, { mode: 0o600 })
  return value
}
