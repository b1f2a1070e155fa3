import { pbkdf2, randomBytes } from 'node:crypto'
import { promisify } from 'node:util'

import type { CollectionBeforeOperationHook } from 'payload'

/**
 * Payload 3.90.1's password hash (node_modules/payload/dist/auth/strategies/local/
 * generatePasswordSaltHash.js): PBKDF2-SHA256, 600,000 iterations, 32 bytes. Payload runs it
 * only when the account exists, so a wrong password for a real account answered about ten
 * times slower than an unknown email: the answer's timing told which emails are staff.
 */
const PBKDF2 = { iterations: 600_000, keyLength: 32, digest: 'sha256' } as const
const DUMMY_SALT = randomBytes(32).toString('hex')
const derive = promisify(pbkdf2)

/**
 * For a sign-in with an email no account has, spends the same hashing Payload spends on a
 * real account's password, so both answer "incorrect" after the same time.
 */
export const equalLoginTiming: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  req,
}) => {
  if (operation !== 'login') return args
  const { email, password } = (args.data ?? {}) as { email?: unknown; password?: unknown }
  // Payload refuses these before looking anything up, for every email alike.
  if (typeof email !== 'string' || !email.trim() || typeof password !== 'string' || !password.trim())
    return args
  const { totalDocs } = await req.payload.db.count({
    collection: collection.slug,
    where: { email: { equals: email.toLowerCase().trim() } },
    req,
  })
  if (!totalDocs) await derive(password, DUMMY_SALT, PBKDF2.iterations, PBKDF2.keyLength, PBKDF2.digest)
  return args
}
