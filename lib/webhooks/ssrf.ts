import { lookup } from 'node:dns/promises'
import { BlockList, isIP } from 'node:net'

/**
 * Addresses a webhook may not reach (SSRF): unspecified, loopback, private, CGNAT, link-local, unique-local,
 * multicast and reserved, in IPv4 and IPv6, and IPv4 written as IPv6 (mapped or compatible).
 */
// Two lists: Node's BlockList checks an IPv4 address against IPv6 rules too (as ::ffff:a.b.c.d), so one list
// holding ::ffff:0:0/96 would refuse every IPv4 address.
const blockedV4 = new BlockList()
const blockedV6 = new BlockList()
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  blockedV4.addSubnet(net, prefix, 'ipv4')
for (const [net, prefix] of [
  ['::', 96], // unspecified, loopback, IPv4-compatible
  ['::ffff:0:0', 96], // IPv4-mapped: every one refused, public or not
  ['64:ff9b::', 96], // NAT64 to any IPv4 address
  ['fc00::', 7], // unique-local
  ['fe80::', 10], // link-local
  ['fec0::', 10], // site-local (deprecated)
  ['ff00::', 8], // multicast
] as const)
  blockedV6.addSubnet(net, prefix, 'ipv6')

/** Whether an IP address (v4 or v6, brackets allowed) is one a webhook may not reach. */
export function isPrivateAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, '')
  const family = isIP(bare)
  if (family === 0) return true
  return family === 4 ? blockedV4.check(bare, 'ipv4') : blockedV6.check(bare, 'ipv6')
}

/** Why a URL may not be a webhook target, or null when it may. Checks the scheme and a literal address. */
export function urlProblem(raw: string, allowPrivate: boolean): string | null {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return 'Enter a full URL, starting with https://.'
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return 'Only http and https URLs can receive webhooks.'
  if (url.username || url.password) return 'Put credentials in the receiver, not in the URL.'
  if (allowPrivate) return null
  const host = url.hostname.replace(/^\[|\]$/g, '')
  if (isIP(host) && isPrivateAddress(host)) return privateMessage(host)
  if (host === 'localhost' || host.endsWith('.localhost')) return privateMessage(host)
  return null
}

export const privateMessage = (target: string) =>
  `${target} is a private, loopback or link-local address: webhooks go only to public addresses.`

/**
 * The save-time check: `urlProblem`, then the addresses the host name resolves to now (each must be public).
 * A name that does not resolve is accepted here; delivery checks again when it connects.
 */
export async function targetProblem(raw: string, allowPrivate: boolean): Promise<string | null> {
  const problem = urlProblem(raw, allowPrivate)
  if (problem || allowPrivate) return problem
  const host = new URL(raw).hostname.replace(/^\[|\]$/g, '')
  if (isIP(host)) return null
  const addresses = await Promise.race([
    lookup(host, { all: true }).catch(() => []),
    new Promise<[]>((resolve) => setTimeout(() => resolve([]), 3_000).unref()),
  ])
  const bad = addresses.find((a) => isPrivateAddress(a.address))
  return bad ? privateMessage(`${host} (${bad.address})`) : null
}
