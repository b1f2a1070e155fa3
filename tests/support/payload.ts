import type { Payload } from 'payload'

import { openPayload } from '@/lib/runtime/payload'

let instance: Promise<Payload> | undefined

/** The local API against the test database (the same one the app serves). */
export const testPayload = (): Promise<Payload> => (instance ??= openPayload())
