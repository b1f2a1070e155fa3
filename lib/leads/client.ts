import { createHmac } from 'node:crypto'

import { serverEnv } from '../env/server'

/** Who sent a request, as far as the lead pipeline needs to know. */
export type ClientInfo = { ip: string; userAgent: string }

/**
 * The client address: the last entry of `x-forwarded-for`, which is the one the nearest
 * proxy (or `next start` itself, when there is none) wrote.
 */
export function clientInfo(headers: Headers): ClientInfo {
  const forwarded = headers.get('x-forwarded-for') ?? ''
  const ip = forwarded.split(',').map((s) => s.trim()).filter(Boolean).at(-1) ?? headers.get('x-real-ip') ?? 'unknown'
  return { ip, userAgent: (headers.get('user-agent') ?? '').slice(0, 500) }
}

/** A keyed hash of the IP: the same address gives the same value, and the address is never stored. */
export const hashIp = (ip: string): string =>
  createHmac('sha256', serverEnv().payloadSecret).update(`ip:${ip}`).digest('hex').slice(0, 32)
