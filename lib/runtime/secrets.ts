import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { sharedSecret, type SharedSecretName } from '../env/secrets'

/**
 * The value of `name` from the environment, or else a random one kept in `.data/` so
 * sessions and preview links survive restarts of a local install.
 */
export function secretFromEnvOrFile(
  name: SharedSecretName,
  dataDir = '.data',
  encoding: 'hex' | 'base64' = 'hex',
): string {
  const fromEnv = sharedSecret(name)
  if (fromEnv) return fromEnv
  const file = path.resolve(dataDir, `${name.toLowerCase()}.txt`)
  if (existsSync(file)) return readFileSync(file, 'utf8').trim()
  mkdirSync(path.dirname(file), { recursive: true })
  const value = randomBytes(32).toString(encoding)
  writeFileSync(file, value, { mode: 0o600 })
  return value
}
