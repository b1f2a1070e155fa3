import { getPayload, type Payload } from 'payload'

/** A Payload instance for scripts, workers and tests (outside the Next server). */
export async function openPayload(): Promise<Payload> {
  const { default: config } = await import('@payload-config')
  return getPayload({ config })
}
