import { createHmac } from 'node:crypto'

import { serverEnv } from '../env/server'
import { clientAddress } from '../http/clientAddress'

/** Who sent a request, as far as the lead pipeline needs to know. */
export type ClientInfo = { ip: string; userAgent: string }

/** The client's address (see `clientAddress`) and user agent. */
export function clientInfo(headers: Headers): ClientInfo {
  return { ip: clientAddress(headers), userAgent: (headers.get('user-agent') ?? '').slice(0, 500) }
}

/** A keyed hash of the IP: the same address gives the same value, and the address is never stored. */
export const hashIp = (ip: string): string =>
  createHmac('sha256', serverEnv().payloadSecret).update(`ip:${ip}`).digest('hex').slice(0, 32)
